package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestHelpWriteError: help text that cannot be written (custmatch help batch > /dev/full) is an I/O
// failure, exit 1 with a line on stderr, for the top-level help and every subcommand's -h; written, it
// is exit 0.
func TestHelpWriteError(t *testing.T) {
	for _, args := range [][]string{
		{"help"}, {"--help"}, {"help", "batch"}, {"help", "compare"}, {"help", "policy"}, {"help", "messages"}, {"help", "serve"},
		{"batch", "-h"}, {"compare", "--help"}, {"policy", "-h"}, {"messages", "-h"}, {"serve", "-h"},
	} {
		name := strings.Join(args, " ")
		t.Run(name, func(t *testing.T) {
			for _, room := range []int{0, 100} { // nothing written; the head written, the flags not
				var stderr bytes.Buffer
				code := run(args, nil, &failWriter{n: room}, &stderr)
				assert.Equal(t, exitFailure, code, "room %d: %s", room, stderr.String())
				assert.Regexp(t, `^custmatch( \w+)?: writing the help: disk full\n$`, stderr.String(), "room %d", room)
			}
			var stdout, stderr bytes.Buffer
			assert.Equal(t, exitOK, run(args, nil, &stdout, &stderr))
			assert.NotEmpty(t, stdout.String())
			assert.Empty(t, stderr.String())
		})
	}
}
