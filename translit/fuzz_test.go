package translit_test

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/custmatch/custmatch/translit"
)

// hasCyrillicOrGreek reports whether s has a Cyrillic or Greek letter.
func hasCyrillicOrGreek(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && (unicode.Is(unicode.Cyrillic, r) || unicode.Is(unicode.Greek, r)) {
			return true
		}
	}
	return false
}

// FuzzVariants checks the invariants on arbitrary input: Variants.Of and AppendLatin never panic; every
// variant is valid UTF-8 without a Cyrillic or Greek letter, and the variants are distinct and bounded;
// text without Cyrillic or Greek letters has no variant and AppendLatin returns it unchanged.
func FuzzVariants(f *testing.F) {
	for _, s := range []string{"Дмитрий Иванов", "Юлія Тимошенко", "Новак Ђоковић", "Ѓорге Иванов",
		"Аляксандр Лукашэнка", "Христо Стоичков", "Γιώργος Παπαδόπουλος", "Ευάγγελος", "Max Müller", "Ивaнов",
		"Мар'яна", "Дми\u0301трий", "Γιώργος Иванов", "ΐΰ", "ϋ", "\xff", "Ѣ", "ъ", "'я", "μπ ντ γκ γι"} {
		f.Add(s)
	}
	var v translit.Variants
	f.Fuzz(func(t *testing.T, s string) {
		st := v.Of(s)
		if st != translit.OK && v.Len() != 0 {
			t.Fatalf("status %s with %d variants", st, v.Len())
		}
		if st == translit.OK && (v.Len() < 1 || v.Len() > translit.MaxVariants) {
			t.Fatalf("%d variants", v.Len())
		}
		seen := map[string]bool{}
		for i := 0; i < v.Len(); i++ {
			out := v.String(i)
			if !utf8.ValidString(out) {
				t.Fatalf("variant %d is not valid UTF-8: %q", i, out)
			}
			if hasCyrillicOrGreek(out) {
				t.Fatalf("variant %d keeps Cyrillic or Greek letters: %q", i, out)
			}
			if seen[out] {
				t.Fatalf("duplicate variant %q", out)
			}
			seen[out] = true
			if v.Scheme(i) == 0 || v.Lang(i) == 0 {
				t.Fatalf("variant %d has no scheme or language", i)
			}
		}
		latin := utf8.ValidString(s) && !hasCyrillicOrGreek(s)
		if latin && st != translit.NotApplicable {
			t.Fatalf("status %s for text without Cyrillic or Greek letters", st)
		}
		for _, sc := range []translit.Scheme{translit.ICAO, translit.ELOT} {
			l := translit.Russian
			if sc == translit.ELOT {
				l = translit.Greek
			}
			out, err := translit.AppendLatin(nil, s, l, sc)
			if latin && (err != nil || string(out) != s) {
				t.Fatalf("Latin text changed: %q -> %q, %v", s, out, err)
			}
			if err == nil && (!utf8.Valid(out) && utf8.ValidString(s) || hasCyrillicOrGreek(string(out))) {
				t.Fatalf("bad output %q", out)
			}
		}
	})
}
