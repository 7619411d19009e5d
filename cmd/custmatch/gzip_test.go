package main

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGzipMembers: gzip input is read as gzip -d reads it: every member in turn, and zero bytes after
// the last (the padding tar or dd conv=sync leave) end it; other bytes after a member fail the run with
// a gzip error rather than being read as rows or dropped.
func TestGzipMembers(t *testing.T) {
	const header = "id,merchant_first_name,merchant_last_name,provider_first_name,provider_last_name\n"
	rows := []string{"1,Zoë,Müller,Zoë,Müller\n", "2,Jürgen,Weiß,Jürgen,Weiss\n", "3,Anna,Nowak,Anna,Nowak\n"}
	member := func(s string) string {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		_, err := zw.Write([]byte(s))
		require.NoError(t, err)
		require.NoError(t, zw.Close())
		return b.String()
	}
	whole := member(header + strings.Join(rows, ""))
	split := member(header+rows[0]) + member(rows[1]+rows[2])
	zeros := strings.Repeat("\x00", 10240)
	garbage := strings.Repeat("garbage ", 4)
	for _, c := range []struct {
		name, input string
		ok          bool
		stderr      string
	}{
		{"one-member", whole, true, ""},
		{"zero-padding", whole + zeros, true, ""},
		{"one-zero", whole + "\x00", true, ""},
		{"two-members", split, true, ""},
		{"two-members-padded", split + zeros, true, ""},
		{"trailing-garbage", whole + garbage, false, "reading the input: gzip: invalid header"},
		{"garbage-after-zeros", whole + zeros + garbage, false, "reading the input: gzip: invalid header"},
		{"short-garbage", whole + "x", false, "reading the input: unexpected EOF"},
		{"truncated-member", whole + split[:20], false, "reading the input: unexpected EOF"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run([]string{"batch", "--now", "2026-01-01", "--progress", "never"}, strings.NewReader(c.input), &stdout, &stderr)
			if !c.ok {
				// A read error: the rows before it are compared and written, and the run fails.
				assert.Equal(t, exitFailure, code, stderr.String())
				assert.Contains(t, stderr.String(), c.stderr)
				assert.Contains(t, stderr.String(), "; stopped after data row 3\n")
				return
			}
			require.Equal(t, exitOK, code, stderr.String())
			assert.Contains(t, stderr.String(), "custmatch batch: 3 rows: 3 evaluated")
			for _, id := range []string{"\n1,approve,", "\n2,approve,", "\n3,approve,"} {
				assert.Contains(t, stdout.String(), id)
			}
		})
	}
}
