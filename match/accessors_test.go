package match_test

import (
	"testing"

	"github.com/custmatch/custmatch/match"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMatcherAccessors(t *testing.T) {
	var zero match.Matcher
	assert.Equal(t, match.Options{}, zero.Options())
	assert.Equal(t, match.DefaultThreshold, zero.Threshold(match.FirstName))
	assert.Equal(t, match.DefaultThreshold, zero.Threshold(match.LastName))
	assert.Zero(t, zero.Threshold(match.DOB))

	o := match.Options{Threshold: 0.85, LastNameThreshold: 0.95, ReviewBand: 0.8}
	m, err := match.New(o)
	require.NoError(t, err)
	assert.Equal(t, o, m.Options())
	assert.Equal(t, 0.85, m.Threshold(match.FirstName))
	assert.Equal(t, 0.95, m.Threshold(match.LastName))
	assert.Zero(t, m.Threshold(match.Email))

	var nilM *match.Matcher
	assert.PanicsWithValue(t, "match: method called on a nil *Matcher (use match.New, or a Matcher value for the default policy)",
		func() { nilM.Threshold(match.FirstName) })
}
