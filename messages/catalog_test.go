package messages

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// placeholders parses a catalog entry and returns its argument indexes in order of appearance. Every verb
// must be %[n]s (values are strings, and explicit indexes let a language reorder them); "%%" is a literal
// percent sign. Anything else is an error.
func placeholders(msg string) ([]int, error) {
	var out []int
	for i := 0; i < len(msg); i++ {
		if msg[i] != '%' {
			continue
		}
		if i+1 < len(msg) && msg[i+1] == '%' {
			i++
			continue
		}
		m := verbRE.FindStringSubmatch(msg[i:])
		if m == nil {
			return nil, fmt.Errorf("bad verb at byte %d: %q", i, msg[i:min(len(msg), i+6)])
		}
		n, _ := strconv.Atoi(m[1])
		out = append(out, n)
		i += len(m[0]) - 1
	}
	return out, nil
}

var verbRE = regexp.MustCompile(`^%\[([1-9])\]s`)

// argSet returns the distinct indexes, sorted.
func argSet(idx []int) []int {
	s := slices.Clone(idx)
	slices.Sort(s)
	return slices.Compact(s)
}

func TestTranslationsMatchSupported(t *testing.T) {
	require.Len(t, translations, len(supported))
	for i, tr := range translations {
		assert.Equal(t, supported[i], tr.tag, "translations[%d]", i)
	}
	assert.Equal(t, language.English, supported[0], "English must come first: it is the fallback")
}

// TestCatalogEntries checks, for every language, that it has exactly English's keys and that every entry
// uses exactly the placeholders of the English entry (each index 1..n, none skipped).
func TestCatalogEntries(t *testing.T) {
	keys := slices.Sorted(maps.Keys(en))
	// Every top-level key Decline can return, and every part it uses, must be in the English catalog.
	want := []string{string(KeyFirstName), string(KeyLastName), string(KeyDOB), string(KeyDOBDayMonthSwapped),
		string(KeyDOBInvalidDate), string(KeyEmail), string(KeyMultiple), string(KeyProviderValue),
		string(KeyCheckBoth), string(KeyGeneric), string(KeyReview),
		partProviderWith, partProviderWithNeutral, partProviderAt, partProviderAtNeutral, partProviderAccount,
		partProviderAccountNeutral, partWhereHere,
		partWhereURL, partValueEmpty, partListAnd}
	want = append(want, fieldKey[:]...)
	want = append(want, detailKey[:]...)
	slices.Sort(want)
	require.Equal(t, want, keys, "English catalog keys")

	for _, tr := range translations {
		t.Run(tr.tag.String(), func(t *testing.T) {
			assert.ElementsMatch(t, keys, slices.Collect(maps.Keys(tr.msgs)), "keys")
			for _, key := range keys {
				msg, ok := tr.msgs[key]
				if !assert.True(t, ok, "missing %s", key) {
					continue
				}
				got, err := placeholders(msg)
				if !assert.NoError(t, err, key) {
					continue
				}
				wantArgs, err := placeholders(en[key])
				require.NoError(t, err)
				assert.Equal(t, argSet(wantArgs), argSet(got), "%s: placeholders", key)
				for i, n := range argSet(got) {
					assert.Equal(t, i+1, n, "%s: placeholder indexes must be 1..n", key)
				}
				assert.NotContains(t, msg, "${", "%s: catalog variable syntax", key)
				assert.Equal(t, strings.TrimSpace(msg), msg, "%s: surrounding space", key)
				assert.NotContains(t, msg, "  ", "%s: double space", key)
				assert.NotContains(t, msg, "\u00a0\u00a0", "%s: double no-break space", key)
			}
		})
	}
}

// TestDetailValuesEndSentences checks what closing relies on: in every language each value of a detail
// entry is followed by the sentence's period.
func TestDetailValuesEndSentences(t *testing.T) {
	for _, tr := range translations {
		for _, key := range detailKey {
			msg := tr.msgs[key]
			assert.Contains(t, msg, "%[2]s.", "%s %s", tr.tag, key)
			assert.Contains(t, msg, "%[3]s.", "%s %s", tr.tag, key)
		}
	}
}

// TestCatalogLookup renders every key in every language through the built catalog and compares it with
// formatting the language's own entry: a key missing from a language would fall back to English and fail.
func TestCatalogLookup(t *testing.T) {
	c := catalogOnce()
	assert.ElementsMatch(t, supported, c.Languages())
	args := []any{"«A1»", "«A2»", "«A3»", "«A4»", "«A5»"}
	for _, tr := range translations {
		p := message.NewPrinter(tr.tag, message.Catalog(c))
		for key, msg := range tr.msgs {
			t.Run(tr.tag.String()+"/"+key, func(t *testing.T) {
				idx, err := placeholders(msg)
				require.NoError(t, err)
				n := len(argSet(idx))
				got := p.Sprintf(key, args[:n]...)
				assert.Equal(t, fmt.Sprintf(msg, args[:n]...), got)
				assert.NotContains(t, got, "%!")
				for _, a := range args[:n] {
					assert.Contains(t, got, a)
				}
			})
		}
	}
}

// TestLanguageQuality checks what a careless translation gets wrong: informal address, missing
// diacritics, Romanian cedillas instead of commas below, untranslated text.
func TestLanguageQuality(t *testing.T) {
	tests := []struct {
		tag      language.Tag
		letters  string         // at least one of these must appear (diacritics written out)
		informal *regexp.Regexp // must not appear (informal address)
	}{
		{language.German, "äöüß", regexp.MustCompile(`\b(du|dich|dir|dein\w*)\b`)},
		{language.French, "éèêàç", regexp.MustCompile(`\b(tu|toi|ton|ta|tes)\b`)},
		{language.Spanish, "áéíóúñ", regexp.MustCompile(`\b(tú|tu|tus|te|ti)\b`)},
		{language.Italian, "àèéìòù", regexp.MustCompile(`\b(tu|tuo|tua|tuoi|tue|ti)\b`)},
		{language.Dutch, "", regexp.MustCompile(`\b(je|jij|jouw|jou)\b`)},
		{language.Portuguese, "ãçéêíóõú", regexp.MustCompile(`\b(tu|teu|tua|teus|tuas|te)\b`)},
		{language.EuropeanPortuguese, "ãçéêíóõú", regexp.MustCompile(`\b(tu|teu|tua|teus|tuas|te)\b`)},
		{language.Polish, "ąćęłńóśźż", regexp.MustCompile(`\b(ty|twoj\w*|twój|ciebie|tobie)\b`)},
		{language.Czech, "áčďéěíňóřšťúůýž", regexp.MustCompile(`\b(ty|tvoj\w*|tvůj|tebe|tobě)\b`)},
		{language.Hungarian, "áéíóöőúüű", regexp.MustCompile(`\b(te|téged|neked|tied)\b`)},
		{language.Romanian, "ăâîșț", regexp.MustCompile(`\b(tu|tău|ta|tale|te rog)\b`)},
		{language.Greek, "αβγδεζηθικλμνξοπρστυφχψω", regexp.MustCompile(`(^|\s)(σου|εσύ)(\s|$|[.,])`)},
		{language.Turkish, "çğıöşü", regexp.MustCompile(`\b(sen|senin|sana)\b`)},
	}
	for _, tt := range tests {
		t.Run(tt.tag.String(), func(t *testing.T) {
			msgs := translationOf(tt.tag)
			require.NotNil(t, msgs)
			var all strings.Builder
			for key, msg := range msgs {
				all.WriteString(msg + "\n")
				assert.Nil(t, tt.informal.FindStringIndex(strings.ToLower(msg)), "%s: informal address", key)
				// A sentence must not be left in English (the parts may legitimately be short words).
				if strings.HasPrefix(key, "decline.") || key == string(KeyReview) {
					assert.NotEqual(t, en[key], msg, "%s: untranslated", key)
					assert.NotContains(t, msg, "transaction got declined", key)
				}
			}
			if tt.letters != "" {
				assert.True(t, strings.ContainsAny(all.String(), tt.letters), "no diacritics from %q", tt.letters)
			}
			if tt.tag == language.Romanian {
				assert.False(t, strings.ContainsAny(all.String(), "şţŞŢ"), "Romanian needs ș ț (comma below), not ş ţ")
			}
		})
	}
}

func translationOf(tag language.Tag) map[string]string {
	for _, tr := range translations {
		if tr.tag == tag {
			return tr.msgs
		}
	}
	return nil
}

func TestBuildCatalogError(t *testing.T) {
	// An unterminated ${…} is rejected by the builder; buildCatalog names the language and the key.
	_, err := buildCatalog([]translation{{language.German, map[string]string{"greeting": "Hallo ${x"}}})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "catalog de: key greeting")
	c, err := buildCatalog(translations)
	require.NoError(t, err)
	assert.Len(t, c.Languages(), len(supported))
}

// TestHasCatalog checks HasCatalog against Negotiate: true exactly when the value's own preferences pick
// the language, false when Negotiate falls back to English for want of a catalog.
func TestHasCatalog(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
		lang string // Negotiate's answer, to show the two agree
	}{
		{"en", true, "en"},
		{"en-GB", true, "en"},
		{"de", true, "de"},
		{"de-AT", true, "de"},
		{"gsw", true, "de"},
		{"pt-PT", true, "pt-PT"},
		{"fr-CH, fr;q=0.9, en;q=0.8", true, "fr"},
		{"ja, pl;q=0.5", true, "pl"},
		{"xx, de;q=0.5", true, "de"},
		{"*", true, "en"},
		{"zh, *;q=0.1", true, "en"},
		{"", false, "en"},
		{"xx-YY", false, "en"},
		{"zh", false, "en"},
		{"sk", false, "en"},
		{"ca, ja;q=0.5", false, "en"},
		{"de;q=0", false, "en"},
		{"garbage!!", false, "en"},
		{strings.Repeat("x", 2000), false, "en"},
	} {
		t.Run(fmt.Sprintf("%.30q", tc.in), func(t *testing.T) {
			assert.Equal(t, tc.want, HasCatalog(tc.in))
			assert.Equal(t, tc.lang, Negotiate(tc.in).String())
		})
	}
}
