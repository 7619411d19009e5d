//go:build !race

package match_test

import (
	"strings"
	"testing"

	"github.com/custmatch/custmatch/match"
	"github.com/stretchr/testify/assert"
)

// TestCompareDoesNotAllocate holds Compare to 0 allocations on Latin-script records of any length up to
// the 256-rune limit, names that differ included (the race detector changes allocation counts, so this
// file is built without it; CI runs it with: go test -run Alloc ./...).
func TestCompareDoesNotAllocate(t *testing.T) {
	long := func(s string, n int) string { return strings.Repeat(s, n/len([]rune(s))) }
	m := matcher(t, match.Options{})
	for _, p := range [][2]match.Record{
		{rec("Max", "Mustermann", "1990-09-28"), rec("Max", "Mustermann", "1990-09-28")},
		{rec("Jürgen Michael", "Müller-Lüdenscheidt", "05/04/1986"), rec("Juergen", "Mueller Luedenscheidt", "1986-04-05")},
		{rec("Maximillian", "Mustermann", "12. März 1964"), rec("Max", "Mußtermann", "1964-03-12")},
		{rec("Mustermann", "Max", "1986"), rec("Max", "Mustermann", "1986-04-05")},
		{rec("Dr. José", "García Márquez", "1986-05-04"), rec("Jose", "Garcia", "1986-04-05")},
		{rec(long("Maximilian ", 40), "Mustermann", ""), rec(long("Maximiliam ", 40), "Mustermann", "")},
		{rec("Max", long("Müller-", 70), ""), rec("Max", long("Mueller ", 64), "")},
		{rec(long("ab", 200), long("xyz", 255), ""), rec(long("ba", 200), long("zyx", 255), "")},
		{rec(long("a", 256), long("é", 256), ""), rec(long("b", 256), long("e", 255), "")},
		{rec(long("Anna Maria ", 66), "Lee", ""), rec(long("Anna ", 65), "Lee", "")},
	} {
		allocs := testing.AllocsPerRun(100, func() { m.Compare(p[0], p[1]) })
		assert.Zero(t, allocs, "%s %s", p[0].FirstName, p[0].LastName)
		// The report's comparison works out the ceilings too, without allocating either.
		var v match.Verdict
		var s match.Sweep
		allocs = testing.AllocsPerRun(100, func() { m.CompareSweep(&v, &s, p[0], p[1], 0) })
		assert.Zero(t, allocs, "sweep: %s %s", p[0].FirstName, p[0].LastName)
	}
}
