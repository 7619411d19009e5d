//go:build !race

package match_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/custmatch/custmatch/match"
	"github.com/stretchr/testify/assert"
)

// TestAppendJSONDoesNotAllocate holds AppendJSON, with and without values and extra members, to 0
// allocations into a buffer with room, for long and hostile values and transliterated reasons (the race
// detector changes allocation counts, so this file is built without it; CI runs it with
// go test -run Alloc ./...).
func TestAppendJSONDoesNotAllocate(t *testing.T) {
	long := strings.Repeat("Jürgen\u202e ", 28)
	m := matcher(t, match.Options{})
	vs := append(translitPairs(t),
		m.Compare(rec("Maximillian", "Mußterman", "05/04/1986"), rec("Max", "Mussterman", "1986-04-05")),
		m.Compare(rec(long, "Lee\x01<&>", "Sep 1986"), rec("Jos\xe9", "\U000E0001", "")))
	buf := make([]byte, 0, 64<<10)
	for _, v := range vs {
		red := v.Redacted()
		allocs := testing.AllocsPerRun(100, func() {
			var scratch [64]byte
			id := match.AppendJSONString(scratch[:0], "cust-7\u200b")
			n := len(id)
			row := strconv.AppendInt(id, 12345, 10)
			before := [2]match.JSONMember{{Name: "id", Value: id[:n:n]}, {Name: "row", Value: row[n:]}}
			buf = v.AppendJSON(buf[:0], before[:], nil)
			buf = red.AppendJSON(buf[:0], before[:], before[1:])
			buf = v.Fields[match.FirstName].AppendReasons(buf[:0], ";")
		})
		assert.Zero(t, allocs, v.String())
	}
}
