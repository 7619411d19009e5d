package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMapOptionalMissing: --map naming a header the input does not have is a usage error for an optional
// column too. Reading on without the column would compare every row as if the field were empty: a date
// of birth mistyped in --map made a row whose dates differ an approval, and a mistyped expected_failing
// turned --expect's check of the failing fields off.
func TestMapOptionalMissing(t *testing.T) {
	const input = "ID,First,Last,Geburtsdatum,Vorname,Nachname,GebDat,want,want_failing\n" +
		"1,Max,Mustermann,01.01.1990,Max,Mustermann,1985-05-05,decline,dob\n"
	names := "merchant_first_name=First,merchant_last_name=Last,provider_first_name=Vorname,provider_last_name=Nachname,"
	for _, c := range []struct {
		name, mapping string
		expect        bool
		code          int
		want          string
	}{
		{"dob-as-given", names + "merchant_dob=Geburtsdatum,provider_dob=GebDat", false, exitOK, ""},
		{"dob-typo", names + "merchant_dob=Geburtsdatm,provider_dob=GebDat", false, exitUsage, `--map merchant_dob: no header named "Geburtsdatm"`},
		{"id-typo", names + "id=Ident", false, exitUsage, `--map id: no header named "Ident"`},
		{"expect-as-given", names + "merchant_dob=Geburtsdatum,provider_dob=GebDat,expected_decision=want,expected_failing=want_failing", true, exitOK, ""},
		{"expect-failing-typo", names + "merchant_dob=Geburtsdatum,provider_dob=GebDat,expected_decision=want,expected_failing=want_failng", true, exitUsage,
			`--map expected_failing: no header named "want_failng"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			args := []string{"batch", "--now", "2026-01-01", "--progress", "never", "--map", c.mapping}
			if c.expect {
				args = append(args, "--expect")
			}
			var stdout, stderr bytes.Buffer
			code := run(args, strings.NewReader(input), &stdout, &stderr)
			assert.Equal(t, c.code, code, stderr.String())
			if c.code == exitUsage {
				assert.Contains(t, stderr.String(), c.want)
				assert.Empty(t, stdout.String(), "no row was written")
			} else {
				assert.Contains(t, stdout.String(), "\n1,decline,")
			}
		})
	}
}
