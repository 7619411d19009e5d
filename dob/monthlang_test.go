package dob_test

import (
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/custmatch/custmatch/dob"
)

// langs returns the tags of a MonthLanguages set.
func langs(set uint64) []string {
	var out []string
	for i, tag := range dob.Locales() {
		if set&(1<<i) != 0 {
			out = append(out, tag)
		}
	}
	return out
}

func TestMonthLanguages(t *testing.T) {
	for _, tc := range []struct {
		in         string
		has, hasNo []string
	}{
		{"5 April 1986", []string{"en", "de", "nl"}, []string{"fr", "pl"}},
		{"5. März 1986", []string{"de"}, []string{"en"}},
		{"5 MÄRZ 1986", []string{"de"}, nil},
		{"5 avril 1986", []string{"fr"}, []string{"de"}},
		{"Apr. 5, 1986", []string{"en"}, nil},
		{"5 listopada 1986", []string{"pl"}, []string{"en"}},
		{"5 listopad 1986", []string{"cs", "pl"}, nil},
		{"Freitag, 5. April 1986", []string{"de"}, []string{"fr"}},
		{"5 Απριλίου 1986", []string{"el"}, nil},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got := langs(dob.MonthLanguages(tc.in))
			for _, l := range tc.has {
				assert.Contains(t, got, l)
			}
			for _, l := range tc.hasNo {
				assert.NotContains(t, got, l)
			}
		})
	}
	for _, s := range []string{"", "1986-04-05", "05.04.1986", "Max Mustermann", "5 Apx 1986", "x"} {
		assert.Zero(t, dob.MonthLanguages(s), s)
	}
	tags := dob.Locales()
	assert.True(t, slices.IsSorted(tags))
	assert.Contains(t, tags, "de")
}

// TestMonthLanguagesLongDates: every long date FormatLong writes in a language is read back as that
// language's month name.
func TestMonthLanguagesLongDates(t *testing.T) {
	tags := dob.Locales()
	d := dob.Date{Year: 1988, Month: time.April, Day: 5}
	checked := 0
	for i, tag := range tags {
		for m := time.January; m <= time.December; m++ {
			d.Month = m
			s, ok := dob.FormatLong(d, tag)
			if !ok {
				continue
			}
			set := dob.MonthLanguages(s)
			if set == 0 {
				continue // a month written without a word of its own (CJK 4月, numeric long dates)
			}
			assert.NotZero(t, set&(1<<i), "%s: %q read as %v", tag, s, langs(set))
			checked++
		}
	}
	assert.Greater(t, checked, 300, "long dates with a month word")
}

func BenchmarkMonthLanguages(b *testing.B) {
	for _, s := range []string{"5 April 1986", "1986-04-05"} {
		b.Run("case="+s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				dob.MonthLanguages(s)
			}
		})
	}
}
