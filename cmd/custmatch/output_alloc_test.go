//go:build !race

package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestJSONRowAllocations: a JSON Lines row without a message is written into the batch's buffer without
// allocating (the race detector changes allocation counts, so this file is built without it; CI runs it
// with go test -run Alloc ./...).
func TestJSONRowAllocations(t *testing.T) {
	buf := make([]byte, 0, 64<<10)
	for _, v := range outputVerdicts(t) {
		for _, values := range []bool{false, true} {
			allocs := testing.AllocsPerRun(100, func() {
				buf = appendJSONRow(buf[:0], "cust-0000007", 123456, &v, values, false, "")
			})
			assert.Zero(t, allocs, "values=%v %s", values, v)
		}
	}
}
