package normalize

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type stepCase struct {
	in    string
	want  string // AppendName output
	steps Steps  // exact steps of AppendName
}

func runSteps(t *testing.T, cases []stepCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			got, steps, err := AppendName(nil, c.in)
			require.NoError(t, err)
			assert.Equal(t, c.want, string(got))
			assert.Equal(t, c.steps.String(), steps.String())
			name, err := Name(c.in)
			require.NoError(t, err)
			assert.Equal(t, c.want, name)
		})
	}
}

func TestProviderExamples(t *testing.T) {
	// paysafecard's own test cases (reference/paysafecard-customer-data-exchange.apib).
	pairs := [][2]string{
		{"Max Mussterman", "Max Mußterman"},
		{"Johannes Bàuer", "Johannes Bauer"},
		{"Jürgen Müller", "Juergen Mueller"},
	}
	for _, p := range pairs {
		t.Run(p[0]+"="+p[1], func(t *testing.T) {
			a, _, err := AppendUmlautName(nil, p[0])
			require.NoError(t, err)
			b, _, err := AppendUmlautName(nil, p[1])
			require.NoError(t, err)
			assert.Equal(t, string(a), string(b))
		})
	}
	runSteps(t, []stepCase{
		{"Max Mußterman", "max mussterman", StepCase | StepSharpS},
		{"Johannes Bàuer", "johannes bauer", StepCase | StepAccents},
		{"Johannes B. Kerner", "johannes b kerner", StepCase | StepPunctuation},
	})
}

func TestStepInvisible(t *testing.T) {
	runSteps(t, []stepCase{
		{"Ma\u200bx", "max", StepCase | StepInvisible},                                  // zero-width space
		{"\ufeffMax", "max", StepCase | StepInvisible},                                  // BOM
		{"Mü\u00adller", "muller", StepCase | StepInvisible | StepAccents | StepUmlaut}, // soft hyphen
		{"\u202eMax\u202c", "max", StepCase | StepInvisible},                            // RLO ... PDF
		{"\u2066Max\u2069 \u200fLee", "max lee", StepCase | StepInvisible},
		{"Ma\u034fx", "max", StepCase | StepInvisible},        // combining grapheme joiner
		{"\u200d", "", StepInvisible},                         // invisible only: empty, no placeholder
		{"\u3164", "", StepInvisible},                         // Hangul filler
		{"\u115f\u1160\uffa0", "", StepInvisible},             // Hangul fillers
		{"\u0645\u061c\u0646", "\u0645\u0646", StepInvisible}, // Arabic letter mark
		{"Max\u3164Lee", "maxlee", StepCase | StepInvisible},
	})
}

func TestStepCompat(t *testing.T) {
	runSteps(t, []stepCase{
		{"Ｍａｘ", "max", StepCompat | StepCase},            // fullwidth
		{"ﬁnn", "finn", StepCompat},                      // ligature
		{"Henry Ⅷ", "henry viii", StepCompat | StepCase}, // Roman numeral sign
		{"Henry Ⅳ", "henry", StepCompat | StepCase | StepTitle},
		{"ǅuro", "dzuro", StepCompat | StepCase | StepAccents},
		{"Mr．Lee", "lee", StepCompat | StepCase | StepPunctuation | StepTitle},
	})
}

func TestStepCase(t *testing.T) {
	runSteps(t, []stepCase{
		{"MAX", "max", StepCase},
		{"max", "max", 0},
		{"İSTANBUL", "istanbul", StepCase | StepAccents}, // İ ends as plain i
		{"ılık", "ilik", StepLetters},                    // dotless ı
		{"IŞIK", "isik", StepCase | StepAccents},         // not Turkish-specific folding
		{"ΣΟΦΊΑ", "σοφια", StepCase | StepAccents},       // Greek accents stripped too
		{"Ёлкин", "елкин", StepCase | StepAccents},       // Cyrillic ё → е
		{"Οδυσσέας", "οδυσσεασ", StepCase | StepAccents}, // final sigma folds to σ
		{"Ἀθηνᾶ", "αθηνα", StepCase | StepAccents},
		// Cherokee folds to its uppercase letters (CaseFolding.txt), whichever case was written. The
		// uppercase one reports case as x/text's folding (and caseTable) has it.
		{"ꮃꮳ", "ᎳᏣ", StepCase},
		{"ᎳᏣ", "ᎳᏣ", StepCase},
	})
}

func TestStepAccents(t *testing.T) {
	runSteps(t, []stepCase{
		{"àéñčőţ", "aencot", StepAccents},
		{"Núñez", "nunez", StepCase | StepAccents},
		{"Nu\u0301n\u0303ez", "nunez", StepCase | StepAccents}, // NFD input
		{"José", "jose", StepCase | StepAccents},
		{"Jose\u0301", "jose", StepCase | StepAccents},
		{"ǖ", "u", StepAccents},   // two marks: not an umlaut
		{"שָׁלוֹם", "שָׁלוֹם", 0}, // Hebrew points are kept
		{"ガ", "ガ", 0},             // Japanese voicing mark kept (NFC)
		{"カ\u3099", "ガ", 0},       // decomposed input gives the same
		{"हिन्दी", "हिन्दी", 0},
		{"Max 9\u0301", "max 9", StepCase | StepAccents}, // mark on a digit (a digit alone is a placeholder)
		{"\u0301Max", "max", StepCase | StepAccents},
	})
}

func TestStepSharpSAndLetters(t *testing.T) {
	runSteps(t, []stepCase{
		{"Groß", "gross", StepCase | StepSharpS},
		{"GROẞ", "gross", StepCase | StepSharpS},
		{"Æsa Œuvre", "aesa oeuvre", StepCase | StepLetters},
		{"Øster Łukasz", "oster lukasz", StepCase | StepLetters},
		{"Đorđe Ðorð", "dorde dord", StepCase | StepLetters},
		{"Þór", "thor", StepCase | StepLetters | StepAccents},
		{"Ħal", "hal", StepCase | StepLetters},
		{"Ǿ", "o", StepCase | StepLetters | StepAccents},
	})
}

func TestStepUmlaut(t *testing.T) {
	cases := []struct {
		in, primary, alt string
		steps, altSteps  Steps
	}{
		{"Müller", "muller", "mueller", StepCase | StepAccents | StepUmlaut, StepCase | StepUmlaut},
		{"Mu\u0308ller", "muller", "mueller", StepCase | StepAccents | StepUmlaut, StepCase | StepUmlaut},
		{"MÜLLER", "muller", "mueller", StepCase | StepAccents | StepUmlaut, StepCase | StepUmlaut},
		{"Jäger Öztürk", "jager ozturk", "jaeger oeztuerk", StepCase | StepAccents | StepUmlaut, StepCase | StepUmlaut},
		{"Mueller", "mueller", "mueller", StepCase, StepCase},
		{"Citroën", "citroen", "citroen", StepCase | StepAccents, StepCase | StepAccents}, // ë is no umlaut
		{"Düsseldörf-Çelik", "dusseldorf celik", "duesseldoerf celik",
			StepCase | StepAccents | StepUmlaut | StepPunctuation, StepCase | StepAccents | StepUmlaut | StepPunctuation},
		{"ǘ", "u", "u", StepAccents, StepAccents}, // ü with acute: not ü
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			p, ps, err := AppendName(nil, c.in)
			require.NoError(t, err)
			a, as, err := AppendUmlautName(nil, c.in)
			require.NoError(t, err)
			assert.Equal(t, c.primary, string(p))
			assert.Equal(t, c.alt, string(a))
			assert.Equal(t, c.steps.String(), ps.String())
			assert.Equal(t, c.altSteps.String(), as.String())
		})
	}
}

func TestStepPunctuationAndSpacing(t *testing.T) {
	runSteps(t, []stepCase{
		{"O'Brien", "obrien", StepCase | StepPunctuation},
		{"O’Brien", "obrien", StepCase | StepPunctuation},
		{"O´Brien", "obrien", StepCase | StepPunctuation},
		{"N`Dour", "ndour", StepCase | StepPunctuation},
		{"Meyer-Landrut", "meyer landrut", StepCase | StepPunctuation},
		{"Meyer – Landrut", "meyer landrut", StepCase | StepPunctuation | StepSpacing},
		{"Meyer—Landrut", "meyer landrut", StepCase | StepPunctuation},
		{"Kerner,Johannes", "kerner johannes", StepCase | StepPunctuation},
		{"max_mustermann", "max mustermann", StepPunctuation},
		{"Max/Moritz\\Lee", "max moritz lee", StepCase | StepPunctuation},
		{"Gal·la", "gal la", StepCase | StepPunctuation},
		{"  Max \t Lee  ", "max lee", StepCase | StepSpacing},
		{"Max\u00a0Lee", "max lee", StepCase | StepSpacing},
		{"Max\u3000Lee", "max lee", StepCase | StepSpacing},
		{"Max\u2800Lee", "max lee", StepCase | StepSpacing},
		{"Max\r\nLee", "max lee", StepCase | StepSpacing},
		{"\u2800", "", StepSpacing},
		{" ", "", StepSpacing},
		{"", "", 0},
		{"Max (Maxi) Lee", "max (maxi) lee", StepCase}, // other punctuation stays
		{"Max2 Lee", "max2 lee", StepCase},
	})
}

func TestStepTitle(t *testing.T) {
	runSteps(t, []stepCase{
		{"Dr. Max Lee", "max lee", StepCase | StepPunctuation | StepTitle},
		{"Prof. Dr. Hans Meier", "hans meier", StepCase | StepPunctuation | StepTitle},
		{"Frau Dipl.-Ing. Anna Schmidt", "anna schmidt", StepCase | StepPunctuation | StepTitle},
		{"Dr", "dr", StepCase},
		{"Dr Dr", "dr", StepCase | StepTitle},
		{"Sir", "sir", StepCase},
		{"John Smith Jr.", "john smith", StepCase | StepPunctuation | StepTitle},
		{"Henry Ford II", "henry ford", StepCase | StepTitle},
		{"Mr Jr", "jr", StepCase | StepTitle},
		{"Drake", "drake", StepCase},
		{"Max Dr", "max dr", StepCase},
	})
}

func TestPlaceholder(t *testing.T) {
	for _, in := range []string{"n/a", "N/A", "NA", "n.a.", "null", "NULL", "None", "unknown", "XXX", "-", ".", "--", "'", "Mr. N/A", " n / a ",
		"Test", "TEST", "Test Test", "test-test", "Tester", "testuser", "Dummy", "asdf", "Sample", "Mr. Test", "Test Dummy",
		// No letter of any script, and placeholder or test words wrapped in characters that are neither.
		"?", "???", "*", "#", "()", `""`, "«»", "¿", "•", "0", "123", "🙂", "\ufffc", "Dr. ?", "? Jr",
		"[null]", "<none>", "n/a?", "#N/A", "(test)", "Test?", "(Test) [Dummy]", "Test ?"} {
		t.Run(in, func(t *testing.T) {
			got, steps, err := AppendName(nil, in)
			require.NoError(t, err)
			assert.Empty(t, got)
			assert.True(t, steps.Has(FlagPlaceholder), steps.String())
		})
	}
	for _, in := range []string{"Nadia", "Null Max", "xx", "", "Test Max", "Testa", "Samples", "Max Test", "(Max)", "Max?", "Max 2", "山田", "Ⅻ", "n?a", "Test (Max)"} {
		t.Run(in, func(t *testing.T) {
			_, steps, err := AppendName(nil, in)
			require.NoError(t, err)
			assert.False(t, steps.Has(FlagPlaceholder), steps.String())
		})
	}
}

func TestMixedScript(t *testing.T) {
	cases := []struct {
		in    string
		mixed bool
	}{
		{"M\u0430x", true},                      // Latin M, Cyrillic а
		{"\u041c\u0430\u0445", false},           // all Cyrillic
		{"Max \u0418\u0432\u0430\u043d", false}, // two tokens, one script each
		{"Mαx", true},
		{"山田たろう", false}, {"山田タロウ", false}, {"김철수", false}, {"金철수", false},
		{"Maxたろう", true},
		{"Max1", false},
		{"µller", true}, // micro sign becomes Greek μ: flagged, not mapped
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			_, steps, err := AppendName(nil, c.in)
			require.NoError(t, err)
			assert.Equal(t, c.mixed, steps.Has(FlagMixedScript), steps.String())
		})
	}
}

func TestUnusable(t *testing.T) {
	zalgo := "Z" + strings.Repeat("\u0301", MaxMarks+1)
	cases := []struct {
		in     string
		reason Reason
		offset int
	}{
		{"Max\xff", ReasonInvalidUTF8, 3},
		{"\xc3", ReasonInvalidUTF8, 0},
		{"Max\x00", ReasonControlChar, 3},
		{"Max\x7f", ReasonControlChar, 3},
		{"Max\u0085Lee", ReasonControlChar, 3},
		{"\vMax", ReasonControlChar, 0},
		{"Jos\uFFFD", ReasonReplacementChar, 3},                               // what encoding/json makes of "Jos\xe9"
		{"\uFFFD", ReasonReplacementChar, 0},                                  // alone
		{"Мария\uFFFD", ReasonReplacementChar, 10},                            // on the x/text path too
		{strings.Repeat("a", MaxRunes) + "\x01", ReasonControlChar, MaxRunes}, // control before the rune count
		{strings.Repeat("a", MaxRunes) + "\uFFFD", ReasonReplacementChar, MaxRunes},
		{strings.Repeat("a", MaxRunes+1), ReasonTooLong, MaxRunes},
		{strings.Repeat("ä", MaxRunes+1), ReasonTooLong, 2 * MaxRunes},
		{strings.Repeat("a", 10000), ReasonTooLong, MaxRunes},
		{strings.Repeat("ж", 10000), ReasonTooLong, 2 * MaxRunes},
		{strings.Repeat("\uFDFA", 50), ReasonTooLong, 42 * 3}, // 18 runes each: too long an output
		{zalgo, ReasonTooManyMarks, 1 + 2*MaxMarks},
		{"Z\u0301\u0301\u200b\u0301\u0301\u0301", ReasonTooManyMarks, 1 + 2*2 + 3 + 2*2}, // invisible does not reset
		{"ǘ\u0301\u0301\u0301", ReasonTooManyMarks, 2 + 2*2},                             // precomposed marks count
		{"И" + strings.Repeat("\u0483", 5), ReasonTooManyMarks, 2 + 2*4},
	}
	for _, c := range cases {
		name := c.in
		if len(name) > 20 {
			name = name[:20]
		}
		t.Run(name, func(t *testing.T) {
			for _, f := range []func([]byte, string) ([]byte, Steps, error){AppendName, AppendUmlautName} {
				out, _, err := f([]byte("keep"), c.in)
				assert.Equal(t, "keep", string(out))
				var e *Error
				require.True(t, errors.As(err, &e), "%v", err)
				assert.ErrorIs(t, err, ErrUnusable)
				assert.Equal(t, c.reason, e.Reason)
				assert.Equal(t, c.offset, e.Offset)
				assert.NotContains(t, err.Error(), c.in)
			}
			n, err := Name(c.in)
			assert.Empty(t, n)
			assert.Error(t, err)
		})
	}
	// Up to MaxMarks is fine.
	out, err := Name("Z" + strings.Repeat("\u0301", MaxMarks))
	require.NoError(t, err)
	assert.Equal(t, "z", out)
	out, err = Name(strings.Repeat("ä", MaxRunes))
	require.NoError(t, err)
	assert.Equal(t, strings.Repeat("a", MaxRunes), out)
}

func TestErrorMessage(t *testing.T) {
	assert.Equal(t, "normalize: control-char at byte 4", (&Error{ReasonControlChar, 4}).Error())
}

func TestStepsNames(t *testing.T) {
	assert.Equal(t, "", Steps(0).String())
	assert.Nil(t, Steps(0).Names())
	assert.Equal(t, "case,sharp-s,mixed-script", (StepSharpS | StepCase | FlagMixedScript).String())
	assert.Equal(t, []string{"invisible", "compat", "case", "accents", "sharp-s", "letters", "umlaut-spelling",
		"punctuation", "spacing", "title", "placeholder", "mixed-script"}, (stepEnd - 1).Names())
	assert.Equal(t, "", (StepCase | StepAccents).Name())
	assert.Equal(t, "", stepEnd.Name())
	assert.True(t, (StepCase | StepAccents).Has(StepCase))
	assert.False(t, StepCase.Has(StepCase|StepAccents))
}

func TestAllocations(t *testing.T) {
	if raceEnabled {
		t.Skip("sync.Pool drops items at random under the race detector")
	}
	buf := make([]byte, 0, 4*maxOutputRunes)
	for _, in := range []string{"Max Mustermann", "Dr. Zoë  Groß-Núñez", "Иван Петров", "山田たろう", "Ἀθηνᾶ Παπαδοπούλου"} {
		t.Run(in, func(t *testing.T) {
			assert.Zero(t, testing.AllocsPerRun(100, func() { _, _, _ = AppendName(buf[:0], in) }))
			assert.LessOrEqual(t, testing.AllocsPerRun(100, func() { _, _ = Name(in) }), 1.0)
		})
	}
	assert.Zero(t, testing.AllocsPerRun(100, func() { _, _ = Name("max mustermann") }))
}

// TestNFCAndNFDAgree: canonically equivalent inputs give the same output and steps.
func TestNFCAndNFDAgree(t *testing.T) {
	for _, pair := range [][2]string{
		{"Müller", "Mu\u0308ller"}, {"Núñez", "Nu\u0301n\u0303ez"}, {"Ǻse", "A\u030a\u0301se"},
		{"한국", "\u1112\u1161\u11ab\u1100\u116e\u11a8"}, {"Ἀθηνᾶ", "\u0391\u0313\u03b8\u03b7\u03bd\u03b1\u0342"},
	} {
		t.Run(pair[0], func(t *testing.T) {
			a, as, err := AppendUmlautName(nil, pair[0])
			require.NoError(t, err)
			b, bs, err := AppendUmlautName(nil, pair[1])
			require.NoError(t, err)
			assert.Equal(t, string(a), string(b))
			assert.Equal(t, as, bs)
		})
	}
}

// TestConcurrent runs both paths from many goroutines; with -race it proves
// that no Caser or buffer is shared.
func TestConcurrent(t *testing.T) {
	inputs := []string{"Max Mustermann", "Ἀθηνᾶ Παπαδοπούλου", "Иван Петров", "김철수", "Dr. Zoë Groß-Núñez"}
	want := make([]string, len(inputs))
	for i, in := range inputs {
		var err error
		want[i], err = Name(in)
		require.NoError(t, err)
	}
	done := make(chan []string)
	for range 8 {
		go func() {
			var got []string
			for range 50 {
				for _, in := range inputs {
					n, _ := Name(in)
					got = append(got, n)
				}
			}
			done <- got
		}()
	}
	for range 8 {
		got := <-done
		for i, n := range got {
			assert.Equal(t, want[i%len(inputs)], n)
		}
	}
}
