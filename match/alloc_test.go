//go:build !race

package match_test

import (
	"testing"

	"github.com/custmatch/custmatch/match"
	"github.com/stretchr/testify/assert"
)

// TestCompareDoesNotAllocate holds Compare to 0 allocations on Latin-script records (the race detector
// changes allocation counts, so this file is built without it).
func TestCompareDoesNotAllocate(t *testing.T) {
	m := matcher(t, match.Options{})
	for _, p := range [][2]match.Record{
		{rec("Max", "Mustermann", "1990-09-28"), rec("Max", "Mustermann", "1990-09-28")},
		{rec("Jürgen Michael", "Müller-Lüdenscheidt", "05/04/1986"), rec("Juergen", "Mueller Luedenscheidt", "1986-04-05")},
		{rec("Maximillian", "Mustermann", "12. März 1964"), rec("Max", "Mußtermann", "1964-03-12")},
		{rec("Mustermann", "Max", "1986"), rec("Max", "Mustermann", "1986-04-05")},
		{rec("Dr. José", "García Márquez", "1986-05-04"), rec("Jose", "Garcia", "1986-04-05")},
	} {
		allocs := testing.AllocsPerRun(100, func() { m.Compare(p[0], p[1]) })
		assert.Zero(t, allocs, "%s %s", p[0].FirstName, p[0].LastName)
	}
}
