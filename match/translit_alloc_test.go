//go:build !race

package match_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/custmatch/custmatch/match"
)

// TestTransliterateDoesNotAllocate holds Compare with Options.Transliterate to 0 allocations in steady
// state, for Latin records and for a Cyrillic or Greek name against a Latin one (the race detector
// changes allocation counts, so this file is built without it).
func TestTransliterateDoesNotAllocate(t *testing.T) {
	m := newMatcher(t, match.Options{Transliterate: true})
	for _, p := range [][2]match.Record{
		{{FirstName: "Max", LastName: "Mustermann"}, {FirstName: "Max", LastName: "Mustermann"}},
		{{FirstName: "Maximillian", LastName: "Müller"}, {FirstName: "Max", LastName: "Mueller"}},
		{{FirstName: "Дмитрий", LastName: "Иванов", DOB: "1986-04-05"}, {FirstName: "Dmitrii", LastName: "Ivanov", DOB: "1986-04-05"}},
		{{FirstName: "Юлія", LastName: "Тимошенко"}, {FirstName: "Yulia", LastName: "Tymoshenko"}},
		{{FirstName: "Γιώργος", LastName: "Παπαδόπουλος"}, {FirstName: "Yorgos", LastName: "Papadopoulos"}},
	} {
		m.Compare(p[0], p[1])
		allocs := testing.AllocsPerRun(100, func() { m.Compare(p[0], p[1]) })
		assert.Zero(t, allocs, "%s %s", p[0].FirstName, p[0].LastName)
	}
}
