package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/custmatch/custmatch/match"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNowUsageMessage: a --now out of range (1899-12-31, 2201-01-01, the zero time 0001-01-01) is a
// usage error, exit 2, in every subcommand that takes it, serve included: one line naming the flag and
// the range, the usual hint, nothing on stdout.
func TestNowUsageMessage(t *testing.T) {
	t.Setenv("CUSTMATCH_TOKEN", "") // serve refuses before it looks for a token
	for _, now := range []string{"1899-12-31", "2201-01-01", "0001-01-01"} {
		for _, cmd := range [][]string{
			{"batch", "--progress", "never"},
			{"compare", "--merchant-first", "A", "--merchant-last", "B", "--provider-first", "A", "--provider-last", "B"},
			{"policy"},
			{"serve"},
		} {
			t.Run(cmd[0]+"/"+now, func(t *testing.T) {
				var stdout, stderr bytes.Buffer
				code := run(append(cmd, "--now", now), strings.NewReader(""), &stdout, &stderr)
				assert.Equal(t, exitUsage, code)
				assert.Equal(t, "custmatch "+cmd[0]+": --now: want a date from 1900-01-01 to 2200-12-31\n"+
					"Run 'custmatch help "+cmd[0]+"' for usage.\n", stderr.String())
				assert.Empty(t, stdout.String())
			})
		}
	}
}

// TestNowRangeIsMatchRule: the CLI has no copy of the range of --now. A reference date that reaches
// match.New without passing the flag's parsing is refused by match.New and reported in the flag's
// words, and the help and the message take their bounds from match.
func TestNowRangeIsMatchRule(t *testing.T) {
	for _, year := range []int{match.NowFirstYear - 1, match.NowLastYear + 1} {
		p := policyFlags{dateOrder: "auto", opts: match.Options{Now: time.Date(year, 6, 1, 0, 0, 0, 0, time.UTC)}}
		m, err := p.matcher()
		assert.Nil(t, m)
		require.Error(t, err)
		assert.Equal(t, fmt.Sprintf("--now: want a date from %d-01-01 to %d-12-31", match.NowFirstYear, match.NowLastYear), err.Error())
	}
	for _, now := range []string{"1900-01-01", "2200-12-31"} {
		p := policyFlags{dateOrder: "auto", now: now}
		m, err := p.matcher()
		require.NoError(t, err, now)
		assert.Equal(t, now, m.Options().Now.Format(time.DateOnly))
	}

	var p policyFlags
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	p.register(fs)
	assert.Contains(t, fs.Lookup("now").Usage, fmt.Sprintf("(%d to %d)", match.NowFirstYear, match.NowLastYear))
}

// TestNowOtherOptionErrors: an invalid option other than Now keeps match.New's own message, also when
// --now is valid.
func TestNowOtherOptionErrors(t *testing.T) {
	p := policyFlags{dateOrder: "auto", now: "2026-01-01", opts: match.Options{Threshold: 2}}
	_, err := p.matcher()
	assert.ErrorIs(t, err, match.ErrInvalidOptions)
	assert.Equal(t, "match: invalid options: Threshold = 2: must be in (0, 1], or 0 for the default", err.Error())
}
