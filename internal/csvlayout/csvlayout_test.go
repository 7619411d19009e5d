package csvlayout

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/custmatch/custmatch/match"
)

func TestNames(t *testing.T) {
	for c := range Count {
		col := Column(c)
		got, ok := Lookup(col.Name())
		assert.True(t, ok, col.Name())
		assert.Equal(t, col, got)
		assert.Equal(t, col.Name(), col.String())
	}
	for _, n := range []string{"", "first_name", "Merchant_First_Name", "rule"} {
		_, ok := Lookup(n)
		assert.False(t, ok, n)
	}
	assert.Equal(t, "", Column(-1).Name())
	assert.Equal(t, "", Column(Count).Name())
	var req []string
	for c := range Count {
		if Column(c).Required() {
			req = append(req, Column(c).Name())
		}
	}
	assert.Equal(t, []string{"merchant_first_name", "merchant_last_name", "provider_first_name", "provider_last_name"}, req)
}

// TestCorpusHeader checks that the committed corpus is written in the layout, in its order.
func TestCorpusHeader(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "..", "testdata", "pairs.csv"))
	require.NoError(t, err)
	defer f.Close()
	header, err := csv.NewReader(f).Read()
	require.NoError(t, err)
	names := Names()
	require.GreaterOrEqual(t, len(header), Count)
	assert.Equal(t, names[:], header[:Count])
}

func TestPositions(t *testing.T) {
	names := Names()
	renamed := Names()
	renamed[MerchantFirstName] = "Vorname"
	tests := []struct {
		name   string
		header []string
		want   [Count]string
		pos    map[Column]int // the columns found; all others -1
		dup    Column
	}{
		{"default order", names[:], Names(), map[Column]int{ID: 0, MerchantFirstName: 1, MerchantLastName: 2, MerchantDOB: 3, MerchantEmail: 4, ProviderFirstName: 5, ProviderLastName: 6, ProviderDOB: 7, ProviderEmail: 8, ExpectedDecision: 9, ExpectedFailing: 10}, -1},
		{"case, spaces, BOM, other cells", []string{"\ufeffID", " Provider_Last_Name ", "rule", "MERCHANT_FIRST_NAME"}, Names(), map[Column]int{ID: 0, ProviderLastName: 1, MerchantFirstName: 3}, -1},
		{"empty header", nil, Names(), nil, -1},
		{"renamed", []string{"vorname", "merchant_first_name"}, renamed, map[Column]int{MerchantFirstName: 0}, -1},
		{"twice: first place kept", []string{"provider_dob", "id", "Provider_DOB", "id"}, Names(), map[Column]int{ID: 1, ProviderDOB: 0}, ID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pos, dup, ok := Positions(tt.header, tt.want)
			for c := range Count {
				want, found := tt.pos[Column(c)]
				if !found {
					want = -1
				}
				assert.Equal(t, want, pos[c], Column(c).Name())
			}
			assert.Equal(t, tt.dup, dup)
			assert.Equal(t, tt.dup < 0, ok)
		})
	}
}

func TestRecords(t *testing.T) {
	m, p := Records(func(c Column) string { return c.Name() })
	assert.Equal(t, match.Record{FirstName: "merchant_first_name", LastName: "merchant_last_name", DOB: "merchant_dob", Email: "merchant_email"}, m)
	assert.Equal(t, match.Record{FirstName: "provider_first_name", LastName: "provider_last_name", DOB: "provider_dob", Email: "provider_email"}, p)
}
