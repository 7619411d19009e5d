//go:build !race

package dob_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/custmatch/custmatch/dob"
)

// TestDateAppendAlloc holds Date.Append to its promise: no allocation when the buffer has room. (Not
// under -race, which changes allocation counts; CI runs the Alloc tests without it.)
func TestDateAppendAlloc(t *testing.T) {
	d := dob.Date{Year: 1986, Month: time.April, Day: 5}
	buf := make([]byte, 0, 16)
	assert.Zero(t, testing.AllocsPerRun(100, func() { buf = d.Append(buf[:0]) }))
}
