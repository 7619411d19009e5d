package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTransliterateFlag: a Cyrillic name against its ICAO spelling declines without --transliterate
// and approves with it, the reason naming the scheme, in compare and batch alike.
func TestTransliterateFlag(t *testing.T) {
	pair := []string{"--now", "2026-01-01", "--merchant-first", "Дмитрий", "--merchant-last", "Иванов",
		"--provider-first", "Dmitrii", "--provider-last", "Ivanov"}
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		want   []string
		reject []string
	}{
		{"compare off", append([]string{"compare"}, pair...), exitDecline,
			[]string{"decline", "first_name  mismatch", "last_name   mismatch"}, []string{"transliterated"}},
		{"compare on", append([]string{"compare", "--transliterate"}, pair...), exitOK,
			[]string{"approve", "first_name  match     1.00  transliterated:icao", "last_name   match     1.00  transliterated:icao"}, nil},
		{"compare json on", append([]string{"compare", "--transliterate", "--json"}, pair...), exitOK,
			[]string{`"decision":"approve"`, `"transliterated:icao"`}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(tc.args, nil, &stdout, &stderr)
			require.Equal(t, tc.code, code, stderr.String())
			for _, w := range tc.want {
				assert.Contains(t, stdout.String(), w)
			}
			for _, r := range tc.reject {
				assert.NotContains(t, stdout.String(), r)
			}
		})
	}
	csv := "id,merchant_first_name,merchant_last_name,provider_first_name,provider_last_name\n1,Дмитрий,Иванов,Dmitrii,Ivanov\n"
	for _, tc := range []struct {
		flags    []string
		decision string
	}{{nil, "1,decline,"}, {[]string{"--transliterate"}, "1,approve,"}} {
		t.Run("batch "+strings.Join(tc.flags, " "), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(append([]string{"batch", "--progress", "never"}, tc.flags...), strings.NewReader(csv), &stdout, &stderr)
			require.Equal(t, exitOK, code, stderr.String())
			assert.Contains(t, stdout.String(), tc.decision)
		})
	}
}

// TestDateStyleFlag: --date-style long writes the dates of a German decline with the month's name;
// iso (the default) keeps YYYY-MM-DD; another value is a usage error.
func TestDateStyleFlag(t *testing.T) {
	pair := []string{"--now", "2026-01-01", "--lang", "de", "--merchant-first", "Max", "--merchant-last", "Mustermann",
		"--merchant-dob", "1988-07-23", "--provider-first", "Max", "--provider-last", "Mustermann", "--provider-dob", "1988-01-01"}
	for _, tc := range []struct {
		style  []string
		code   int
		want   []string
		reject []string
	}{
		{[]string{"--date-style", "long"}, exitDecline,
			[]string{"Geburtsdatum beim Zahlungsanbieter: 1. Januar 1988.", "Bei uns hinterlegtes Geburtsdatum: 23. Juli 1988."}, []string{"Geburtsdatum beim Zahlungsanbieter: 1988-01-01"}},
		{nil, exitDecline, []string{"Geburtsdatum beim Zahlungsanbieter: 1988-01-01."}, []string{"Januar"}},
		{[]string{"--date-style", "iso"}, exitDecline, []string{"Geburtsdatum beim Zahlungsanbieter: 1988-01-01."}, []string{"Januar"}},
		{[]string{"--date-style", "short"}, exitUsage, nil, nil},
	} {
		t.Run(strings.Join(tc.style, "="), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(append(append([]string{"compare"}, tc.style...), pair...), nil, &stdout, &stderr)
			require.Equal(t, tc.code, code, stderr.String())
			for _, w := range tc.want {
				assert.Contains(t, stdout.String(), w)
			}
			for _, r := range tc.reject {
				assert.NotContains(t, stdout.String(), r)
			}
			if tc.code == exitUsage {
				assert.Contains(t, stderr.String(), "-date-style: want iso or long")
			}
		})
	}
	t.Run("batch long", func(t *testing.T) {
		csv := "id,merchant_first_name,merchant_last_name,merchant_dob,provider_first_name,provider_last_name,provider_dob\n" +
			"1,Max,Mustermann,1988-04-05,Max,Mustermann,1988-05-04\n"
		var stdout, stderr bytes.Buffer
		code := run([]string{"batch", "--progress", "never", "--lang", "de", "--date-style", "long"}, strings.NewReader(csv), &stdout, &stderr)
		require.Equal(t, exitOK, code, stderr.String())
		assert.Contains(t, stdout.String(), "Geburtsdatum beim Zahlungsanbieter: 4. Mai 1988. Bei uns hinterlegtes Geburtsdatum: 5. April 1988.")
	})
	t.Run("serve bad", func(t *testing.T) {
		var stdout, stderr bytes.Buffer
		assert.Equal(t, exitUsage, run([]string{"serve", "--date-style", "short"}, nil, &stdout, &stderr))
		assert.Contains(t, stderr.String(), "want iso or long")
	})
}

// TestUnknownLangWarning: a --lang value without a catalog warns once in batch, compare and serve (serve
// in its JSON log); a value with a catalog, English, "*" or a regional variant is silent.
func TestUnknownLangWarning(t *testing.T) {
	const warning = "no message catalog for this language"
	csv := "id,merchant_first_name,merchant_last_name,provider_first_name,provider_last_name\n1,Anna,Schmidt,Berta,Schmidt\n2,Anna,Schmidt,Berta,Schmidt\n"
	for _, tc := range []struct {
		lang string
		warn bool
	}{{"xx-YY", true}, {"zh", true}, {"sk, ca;q=0.5", true}, {"de-AT", false}, {"en-GB", false}, {"*", false}, {"ja, pl;q=0.5", false}} {
		t.Run(tc.lang, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			run([]string{"batch", "--progress", "never", "--lang", tc.lang}, strings.NewReader(csv), &stdout, &stderr)
			assert.Equal(t, b2i(tc.warn), strings.Count(stderr.String(), warning), "batch: %s", stderr.String())

			stdout.Reset()
			stderr.Reset()
			run([]string{"compare", "--lang", tc.lang, "--merchant-first", "Anna", "--provider-first", "Berta"}, nil, &stdout, &stderr)
			assert.Equal(t, b2i(tc.warn), strings.Count(stderr.String(), warning), "compare: %s", stderr.String())

			// A non-loopback address without a token stops serve after the flags are read, before it listens.
			stdout.Reset()
			stderr.Reset()
			t.Setenv("CUSTMATCH_TOKEN", "") // restored after the test
			os.Unsetenv("CUSTMATCH_TOKEN")
			require.Equal(t, exitUsage, run([]string{"serve", "--addr", "0.0.0.0:0", "--lang", tc.lang}, nil, &stdout, &stderr))
			assert.Equal(t, b2i(tc.warn), strings.Count(stderr.String(), warning), "serve: %s", stderr.String())
			if tc.warn {
				assert.Contains(t, stderr.String(), `"level":"WARN"`)
			}
		})
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestHelpExplainsScore: batch's and compare's help say what a score is (issue 11 item 6).
func TestHelpExplainsScore(t *testing.T) {
	for _, cmd := range []string{"batch", "compare"} {
		t.Run(cmd, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			require.Equal(t, exitOK, run([]string{"help", cmd}, nil, &stdout, &stderr))
			help := strings.Join(strings.Fields(stdout.String()), " ")
			assert.Contains(t, help, "the computed similarity, 0 to 1, of the best-matching forms the policy compared")
			assert.Contains(t, help, "never a bound a shortcut stood in with")
		})
	}
}
