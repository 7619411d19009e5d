package match_test

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/custmatch/custmatch/match"
	"github.com/custmatch/custmatch/translit"
)

// translitPair is one row of translit/testdata/pairs.tsv.
type translitPair struct {
	lang, native, latin, source string
	match                       bool
}

// readTranslitPairs reads the table of real name pairs.
func readTranslitPairs(t testing.TB) []translitPair {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "translit", "testdata", "pairs.tsv"))
	require.NoError(t, err)
	defer f.Close()
	var out []translitPair
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		col := strings.Split(line, "\t")
		require.Len(t, col, 5, "row %q", line)
		require.Contains(t, []string{"match", "no"}, col[3], "row %q", line)
		require.NotEmpty(t, col[4], "row %q has no source", line)
		out = append(out, translitPair{lang: col[0], native: col[1], latin: col[2], match: col[3] == "match", source: col[4]})
	}
	require.NoError(t, sc.Err())
	return out
}

// translitRecord makes a record of a name: two words are first and last name, one word is the last name
// (with a first name both sides share).
func translitRecord(name string) match.Record {
	if first, last, ok := strings.Cut(name, " "); ok {
		return match.Record{FirstName: first, LastName: last}
	}
	return match.Record{FirstName: "Alex", LastName: name}
}

func newMatcher(t testing.TB, o match.Options) *match.Matcher {
	t.Helper()
	m, err := match.New(o)
	require.NoError(t, err)
	return m
}

// TestTransliteratePairs checks the table of real name pairs: with Options.Transliterate the same names
// match (reason transliterated, a scheme named, never exact) and the different ones do not; without it
// every pair declines, as before. Both directions give the same verdict.
func TestTransliteratePairs(t *testing.T) {
	pairs := readTranslitPairs(t)
	require.GreaterOrEqual(t, len(pairs), 150)
	langs := map[string]int{}
	for _, p := range pairs {
		langs[p.lang]++
	}
	for _, l := range []string{"ru", "uk", "be", "bg", "sr", "mk", "el"} {
		assert.GreaterOrEqual(t, langs[l], 10, "pairs for %s", l)
	}
	on := newMatcher(t, match.Options{Transliterate: true})
	off := newMatcher(t, match.Options{})
	for _, p := range pairs {
		t.Run(p.lang+"/"+p.native+"="+p.latin, func(t *testing.T) {
			a, b := translitRecord(p.native), translitRecord(p.latin)
			v := on.Compare(a, b)
			w := on.Compare(b, a)
			assert.Equal(t, v.Decision, w.Decision, "symmetric")
			if p.match {
				assert.Equal(t, match.Approve, v.Decision, "%s\n%s", p.source, v.Explain(true))
			} else {
				assert.Equal(t, match.Decline, v.Decision, "%s\n%s", p.source, v.Explain(true))
			}
			for _, f := range []match.Field{match.FirstName, match.LastName} {
				r := v.Fields[f]
				assert.False(t, r.Reasons.Has(match.ReasonExact) && r.Merchant != r.Provider, "never exact")
				if r.Status == match.StatusMatch && r.Merchant != r.Provider {
					assert.True(t, r.Reasons.Has(match.ReasonTransliterated), "%s: %s", f, r.Reasons)
					assert.NotZero(t, r.Transliteration, "%s: scheme", f)
				}
				assert.Equal(t, r.Transliteration, w.Fields[f].Transliteration, "same scheme both ways")
			}
			assert.Equal(t, match.Decline, off.Compare(a, b).Decision, "off: as before")
		})
	}
}

// TestTransliterateCorpus checks that the option changes no verdict of the golden corpus
// (testdata/pairs.csv) that has no Cyrillic or Greek name, and that the option off gives the same verdicts
// as the default policy (the zero Options).
func TestTransliterateCorpus(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "testdata", "pairs.csv"))
	require.NoError(t, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	require.Greater(t, len(rows), 200)
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	side := func(row []string, who string) match.Record {
		return match.Record{FirstName: row[col[who+"_first_name"]], LastName: row[col[who+"_last_name"]],
			DOB: row[col[who+"_dob"]], Email: row[col[who+"_email"]]}
	}
	on := newMatcher(t, match.Options{Transliterate: true})
	def := newMatcher(t, match.Options{})
	for _, row := range rows[1:] {
		a, b := side(row, "merchant"), side(row, "provider")
		if hasCyrillicOrGreek(a.FirstName + a.LastName + b.FirstName + b.LastName) {
			continue
		}
		x, y := def.Compare(a, b), on.Compare(a, b)
		assert.Equal(t, x.Redacted(), y.Redacted(), "row %s", row[col["id"]])
	}
}

func hasCyrillicOrGreek(s string) bool {
	for _, r := range s {
		if (r >= 0x370 && r <= 0x52F) || (r >= 0x1F00 && r <= 0x1FFF) {
			return true
		}
	}
	return false
}

// TestTransliterateVerdict pins how a transliterated match is reported: reason transliterated with the
// scheme in FieldResult.Transliteration, in String and in JSON ("transliterated:icao").
func TestTransliterateVerdict(t *testing.T) {
	m := newMatcher(t, match.Options{Transliterate: true})
	v := m.Compare(match.Record{FirstName: "Дмитрий", LastName: "Иванов"},
		match.Record{FirstName: "Dmitrii", LastName: "Ivanov"})
	require.Equal(t, match.Approve, v.Decision, v.Explain(true))
	first := v.Fields[match.FirstName]
	assert.Equal(t, translit.ICAO, first.Transliteration)
	assert.True(t, first.Reasons.Has(match.ReasonTransliterated))
	assert.False(t, first.Reasons.Has(match.ReasonExact))
	assert.Equal(t, 1.0, first.Score)
	assert.Contains(t, v.String(), "transliterated:icao")
	b, err := json.Marshal(first)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"transliterated:icao"`)

	// The reasons are the Latin side's normalization steps (not the Cyrillic side's, not case).
	v = m.Compare(match.Record{FirstName: "Николай", LastName: "Римский-Корсаков"},
		match.Record{FirstName: "NIKOLAI", LastName: "Rimsky-Korsakov"})
	require.Equal(t, match.Approve, v.Decision, v.Explain(true))
	assert.Equal(t, "transliterated", v.Fields[match.FirstName].Reasons.String())
	assert.Equal(t, "punctuation,transliterated", v.Fields[match.LastName].Reasons.String())

	// Dmitry is the simplified BGN/PCGN ("en") spelling.
	v = m.Compare(match.Record{FirstName: "Дмитрий", LastName: "Медведев"},
		match.Record{FirstName: "Dmitry", LastName: "Medvedev"})
	assert.Equal(t, translit.English, v.Fields[match.FirstName].Transliteration)
	assert.Equal(t, match.Approve, v.Decision)

	// Swapped fields keep the scheme.
	v = m.Compare(match.Record{FirstName: "Иванов", LastName: "Дмитрий"},
		match.Record{FirstName: "Dmitrii", LastName: "Ivanov"})
	require.Equal(t, match.Approve, v.Decision, v.Explain(true))
	assert.True(t, v.Fields[match.FirstName].Reasons.Has(match.ReasonSwapped))
	assert.Equal(t, translit.ICAO, v.Fields[match.FirstName].Transliteration)

	// Off: the default policy declines (POLICY §5).
	d := newMatcher(t, match.Options{})
	v = d.Compare(match.Record{FirstName: "Дмитрий", LastName: "Иванов"},
		match.Record{FirstName: "Dmitrii", LastName: "Ivanov"})
	assert.Equal(t, match.Decline, v.Decision)
	assert.Zero(t, v.Fields[match.FirstName].Transliteration)

	// Two names in the same script compare directly, as before.
	v = m.Compare(match.Record{FirstName: "Дмитрий", LastName: "Иванов"},
		match.Record{FirstName: "Дмитрий", LastName: "Петров"})
	assert.Equal(t, match.Decline, v.Decision)
	assert.False(t, v.Fields[match.LastName].Reasons.Has(match.ReasonTransliterated))

	// A mixed-script word is flagged and never transliterated.
	v = m.Compare(match.Record{FirstName: "Дмитрий", LastName: "Ивaнов"},
		match.Record{FirstName: "Dmitrii", LastName: "Ivanov"})
	assert.Equal(t, match.Decline, v.Decision)
	assert.True(t, v.Fields[match.LastName].Flags.Has(match.FlagMixedScript))
	assert.True(t, v.Fields[match.LastName].Reasons.Has(match.ReasonMixedScript))

	// The umlaut alternative of the Latin side is tried too (Шрёдер: ISO 9 shreder vs Schröder: no; the
	// German convention writes Schrjoder; the Latin umlaut spelling meets the French one).
	v = m.Compare(match.Record{FirstName: "Max", LastName: "Кюн"}, match.Record{FirstName: "Max", LastName: "Kühn"})
	assert.Equal(t, match.Decline, v.Decision, "Кюн is kiun/kyun/kjun, never kuhn: %s", v.Explain(true))
}
