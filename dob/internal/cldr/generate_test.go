package cldr_test

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/custmatch/custmatch/dob/internal/cldr"
)

// TestTablesUpToDate regenerates dob's cldr_tables.go from the committed
// dates.json and fails when the committed file differs: run go generate in
// dob after changing dates.json or the generator.
func TestTablesUpToDate(t *testing.T) {
	want, err := cldr.Generate(cldr.Data)
	require.NoError(t, err)
	got, err := os.ReadFile("../../cldr_tables.go")
	require.NoError(t, err)
	require.Equal(t, string(want), string(got), "dob/cldr_tables.go is stale: run go generate ./dob")
}

// TestGenerateRejects checks that broken data is an error, not a table.
func TestGenerateRejects(t *testing.T) {
	for _, js := range []string{`{`, `{"version":"48.2.0","locales":{}}`, `{"version":"48.2.0","locales":{"xx":{}}}`} {
		_, err := cldr.Generate([]byte(js))
		require.Error(t, err, js)
	}
}
