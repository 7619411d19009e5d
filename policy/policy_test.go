package policy

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
	"golang.org/x/tools/txtar"

	"github.com/custmatch/custmatch/dob"
	"github.com/custmatch/custmatch/internal/textrule"
	"github.com/custmatch/custmatch/match"
)

var update = flag.Bool("update", false, "update golden files")

// render writes d in format: md, html or json.
func render(t *testing.T, d *Document, format string) []byte {
	t.Helper()
	var b bytes.Buffer
	switch format {
	case "md":
		require.NoError(t, d.WriteMarkdown(&b))
	case "html":
		require.NoError(t, d.WriteHTML(&b))
	case "json":
		require.NoError(t, d.WriteJSON(&b))
	default:
		t.Fatalf("unknown format %q", format)
	}
	return b.Bytes()
}

// TestGolden renders the document for the options in each testdata/*.txtar archive (its comment: the
// match.Options as JSON) and compares every file of the archive, named LANG.FORMAT, with the rendering.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			require.NoError(t, err)
			var o match.Options
			require.NoError(t, json.Unmarshal(ar.Comment, &o), "the archive's comment is the options as JSON")
			require.NotEmpty(t, ar.Files)
			for i, f := range ar.Files {
				t.Run(f.Name, func(t *testing.T) {
					lang, format, ok := strings.Cut(f.Name, ".")
					require.True(t, ok, "file names are LANG.FORMAT")
					d, err := Describe(o, language.MustParse(lang))
					require.NoError(t, err)
					got := render(t, d, format)
					if *update {
						ar.Files[i].Data = got
						return
					}
					assert.Equal(t, string(f.Data), string(got))
				})
			}
			if *update {
				require.NoError(t, os.WriteFile(file, txtar.Format(ar), 0o644))
			}
		})
	}
}

// optionSets are option values that between them take every branch of the texts.
var optionSets = map[string]match.Options{
	"default": {},
	"changed": {Threshold: 0.85, LastNameThreshold: 0.92, ReviewBand: 0.8, DateOrder: dob.DMY,
		Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), DisableSwapped: true, DisableInitials: true, EmailDeciding: true},
	"mdy": {DateOrder: dob.MDY},
	"all-rules-off": {DisableUmlautSpelling: true, DisableSpacing: true, DisableExtraNames: true,
		DisableInitials: true, DisableSwapped: true, DisableSplit: true},
}

// TestNoMissingTranslation renders every option set in every language and format and looks for the
// marker of a text the tables lack (a language, a setting or a code).
func TestNoMissingTranslation(t *testing.T) {
	for name, o := range optionSets {
		for _, lang := range Languages() {
			for _, format := range []string{"md", "html", "json"} {
				t.Run(name+"/"+lang.String()+"/"+format, func(t *testing.T) {
					d, err := Describe(o, lang)
					require.NoError(t, err)
					out := string(render(t, d, format))
					assert.NotContains(t, out, missingMark)
				})
			}
		}
	}
}

// TestEveryOptionDescribed checks that every field of match.Options is described (by optionDocs or as a
// rule's switch), that every description names a field that exists, and that a rule's switch is a bool.
func TestEveryOptionDescribed(t *testing.T) {
	typ := reflect.TypeFor[match.Options]()
	for i := range typ.NumField() {
		f := typ.Field(i)
		t.Run(f.Name, func(t *testing.T) {
			od, r := findOption(f.Name), ruleFor(f.Name)
			assert.True(t, od != nil || r != nil, "match.Options.%s is not described: add a ruleDoc (a switch) or an optionDoc", f.Name)
			assert.False(t, od != nil && r != nil, "described twice")
			if r != nil {
				assert.Equal(t, reflect.Bool, f.Type.Kind(), "a rule's switch must be a bool")
			}
		})
	}
	for _, od := range optionDocs {
		_, ok := typ.FieldByName(od.field)
		assert.True(t, ok, "optionDoc %s names no field of match.Options", od.field)
	}
	for _, r := range rules {
		for _, name := range []string{r.option, r.setting} {
			if name != "" {
				_, ok := typ.FieldByName(name)
				assert.True(t, ok, "rule %s names no field %s of match.Options", r.id, name)
			}
		}
	}
	d, err := Describe(match.Options{}, language.English)
	require.NoError(t, err)
	assert.Len(t, d.Settings, typ.NumField())
}

// TestEveryReasonClaimed checks that every reason match defines is explained by a rule of the document
// (and so appears in its text), and that every rule has a known section.
func TestEveryReasonClaimed(t *testing.T) {
	claimed := map[match.Reason]string{}
	for _, r := range rules {
		for _, rs := range r.reasons {
			if prev, ok := claimed[rs]; ok {
				t.Errorf("reason %s claimed by rules %s and %s", rs, prev, r.id)
			}
			claimed[rs] = r.id
		}
		assert.True(t, slices.ContainsFunc(sections, func(s sectionDoc) bool { return s.id == r.section }),
			"rule %s: unknown section %q", r.id, r.section)
	}
	n := 0
	for _, r := range codes[match.Reason]("reason") {
		n++
		_, ok := claimed[r]
		assert.True(t, ok, "reason %s is explained by no rule of the document", r)
	}
	assert.Greater(t, n, 20, "the enumeration of match's reasons stopped early")
}

// TestExamplesShowTheirRule checks that each rule's examples show it: under the options that turn every
// rule on (and a review band), some example carries one of the rule's reasons; and turning a switchable
// rule off changes the outcome of that example.
func TestExamplesShowTheirRule(t *testing.T) {
	on := match.Options{ReviewBand: 0.75}
	for _, r := range rules {
		if r.option != "" {
			reflect.ValueOf(&on).Elem().FieldByName(r.option).SetBool(r.onWhen)
		}
	}
	m, err := match.New(on)
	require.NoError(t, err)
	version := policyNumber(match.PolicyVersion)
	for _, r := range rules {
		if len(r.reasons) == 0 || r.minPolicy > version {
			continue
		}
		t.Run(r.id, func(t *testing.T) {
			var shown *exampleDoc
			for i, ex := range r.examples {
				if ex.minPolicy > version {
					continue
				}
				v := m.Compare(ex.merchant, ex.provider)
				if slices.ContainsFunc(r.reasons, v.Field(ex.field).Reasons.Has) {
					shown = &r.examples[i]
					break
				}
			}
			require.NotNil(t, shown, "no example shows a reason of the rule")
			if r.option == "" {
				return
			}
			off := on
			reflect.ValueOf(&off).Elem().FieldByName(r.option).SetBool(!r.onWhen)
			moff, err := match.New(off)
			require.NoError(t, err)
			va, vb := m.Compare(shown.merchant, shown.provider), moff.Compare(shown.merchant, shown.provider)
			a, b := va.Field(shown.field), vb.Field(shown.field)
			assert.NotEqual(t, a.Status, b.Status, "turning the rule off does not change its example")
		})
	}
}

// TestGlossaryComplete checks that the glossary lists every code of match with a text in every language.
func TestGlossaryComplete(t *testing.T) {
	for _, lang := range Languages() {
		d, err := Describe(match.Options{}, lang)
		require.NoError(t, err)
		kinds := map[string]int{}
		for _, term := range d.Glossary {
			kinds[term.Kind]++
			assert.NotEqual(t, missingMark, term.Meaning, "%s %s %s", lang, term.Kind, term.Code)
		}
		assert.Equal(t, map[string]int{"decision": 3, "status": 5, "reason": len(reasonsOf(t)), "flag": len(flagsOf())}, kinds)
	}
}

func reasonsOf(t *testing.T) []match.Reason {
	out := codes[match.Reason]("reason")
	seen := map[string]bool{}
	for _, r := range out {
		assert.False(t, seen[r.String()], "reason name %s twice", r)
		seen[r.String()] = true
	}
	return out
}

func flagsOf() []match.Flag { return codes[match.Flag]("flag") }

func TestJSONRoundTrip(t *testing.T) {
	for name, o := range optionSets {
		t.Run(name, func(t *testing.T) {
			d, err := Describe(o, language.German)
			require.NoError(t, err)
			var back Document
			require.NoError(t, json.Unmarshal(render(t, d, "json"), &back))
			assert.Equal(t, *d, back)
		})
	}
}

func TestDescribeErrors(t *testing.T) {
	for _, c := range []struct {
		name string
		o    match.Options
		lang language.Tag
		want error
	}{
		{"lang=fr", match.Options{}, language.French, ErrLanguage},
		{"lang=und", match.Options{}, language.Und, ErrLanguage},
		{"threshold=1.5", match.Options{Threshold: 1.5}, language.English, match.ErrInvalidOptions},
		{"review-band-above", match.Options{ReviewBand: 0.95}, language.German, match.ErrInvalidOptions},
		{"date-order=9", match.Options{DateOrder: 9}, language.English, match.ErrInvalidOptions},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Describe(c.o, c.lang)
			assert.Nil(t, d)
			assert.ErrorIs(t, err, c.want)
		})
	}
	var oe *match.OptionsError
	_, err := Describe(match.Options{Threshold: 2}, language.English)
	assert.True(t, errors.As(err, &oe))
}

func TestDescribeRegionalTag(t *testing.T) {
	d, err := Describe(match.Options{}, language.MustParse("de-AT"))
	require.NoError(t, err)
	assert.Equal(t, "de", d.Lang)
	assert.Equal(t, "Vergleichslogik ("+match.PolicyVersion+")", d.Title)
}

// TestSettingsFollowOptions checks the values of the settings table against the options.
func TestSettingsFollowOptions(t *testing.T) {
	d, err := Describe(optionSets["changed"], language.English)
	require.NoError(t, err)
	got := map[string]string{}
	for _, s := range d.Settings {
		got[s.Option] = s.Value
		if s.Default {
			got[s.Option] += " (default)"
		}
	}
	for option, want := range map[string]string{
		"Threshold": "85%", "FirstNameThreshold": "85%", "LastNameThreshold": "92%", "ReviewBand": "80%",
		"DateOrder": "day first (DD/MM/YYYY)", "Now": "2026-01-01",
		"DisableUmlautSpelling": "on (default)", "DisableSpacing": "on (default)", "DisableExtraNames": "on (default)",
		"DisableInitials": "off", "DisableSwapped": "off", "DisableSplit": "on (default)", "EmailDeciding": "on",
	} {
		assert.Equal(t, want, got[option], option)
	}
}

func TestDisplay(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Max", "Max"},
		{"Max\a", "Max<U+0007>"},
		{"Jo\u200Bhn", "Jo<U+200B>hn"},
		{"Jos\uFFFD", "Jos<U+FFFD>"},
		{"Müller", "Müller"},
		{"Max\u3164", "Max<U+3164>"},     // a Hangul filler: invisible, though a letter (Lo)
		{"Max\uFE0F", "Max<U+FE0F>"},     // a variation selector (Mn)
		{"\u0600\u0661", "\u0600\u0661"}, // an Arabic number sign is a format character that is seen
	} {
		t.Run(c.in, func(t *testing.T) { assert.Equal(t, c.want, textrule.Visible(c.in)) })
	}
}

// TestExamplesAsStated holds every example to the decision the table states for it under the default
// policy: a rule's text and its examples cannot drift from what the matcher does.
func TestExamplesAsStated(t *testing.T) {
	m, err := match.New(match.Options{})
	require.NoError(t, err)
	version := policyNumber(match.PolicyVersion)
	for _, r := range rules {
		for i, ex := range r.examples {
			t.Run(r.id+"/"+strconv.Itoa(i), func(t *testing.T) {
				require.NotZero(t, ex.want, "the example states no decision")
				if ex.minPolicy > version {
					t.Skipf("an example of policy %d; the library implements %s", ex.minPolicy, match.PolicyVersion)
				}
				v := m.Compare(ex.merchant, ex.provider)
				assert.Equal(t, ex.want, v.Decision, "merchant %q, provider %q", ex.merchant, ex.provider)
			})
		}
	}
}

// TestThresholdsAsMatched holds the thresholds the document states to the matcher's decisions: a pair of
// names whose similarity is known matches exactly when it reaches the stated threshold of its field.
func TestThresholdsAsMatched(t *testing.T) {
	pairs := []struct {
		a, b string
		sim  float64
	}{
		{"Mustermann", "Musterman", 0.90}, {"Rodriguez", "Rodrigues", 8.0 / 9}, {"Mueller", "Muller", 6.0 / 7},
		{"Meier", "Meyer", 0.80}, {"Jon", "John", 0.75},
	}
	for name, o := range map[string]match.Options{
		"default": {}, "base": {Threshold: 0.85}, "first": {FirstNameThreshold: 0.75},
		"last": {Threshold: 0.8, LastNameThreshold: 0.95}, "both": {FirstNameThreshold: 0.86, LastNameThreshold: 0.89},
	} {
		m, err := match.New(o)
		require.NoError(t, err)
		for _, p := range pairs {
			t.Run(name+"/"+p.a+"/"+p.b, func(t *testing.T) {
				vf := m.Compare(match.Record{FirstName: p.a, LastName: "X"}, match.Record{FirstName: p.b, LastName: "X"})
				vl := m.Compare(match.Record{FirstName: "X", LastName: p.a}, match.Record{FirstName: "X", LastName: p.b})
				assert.Equal(t, p.sim >= m.Threshold(match.FirstName)-1e-9, vf.Fields[match.FirstName].Status == match.StatusMatch, "first name")
				assert.Equal(t, p.sim >= m.Threshold(match.LastName)-1e-9, vl.Fields[match.LastName].Status == match.StatusMatch, "last name")
			})
		}
	}
}
