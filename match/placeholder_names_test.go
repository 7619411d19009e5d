package match_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/custmatch/custmatch/match"
)

// TestNamesWithoutLetters: a name with no letter of any script (only punctuation, symbols, digits or
// emoji) is a placeholder, and so is a placeholder or test word wrapped in such characters. Two records
// that agree on one never approve: the field is missing (reason placeholder) and the verdict goes to
// review, from the zero Matcher as from New(Options{}).
func TestNamesWithoutLetters(t *testing.T) {
	var zero match.Matcher
	for _, m := range []*match.Matcher{matcher(t, match.Options{}), &zero} {
		for _, first := range []string{
			// No letter at all.
			"?", "???", "*", "#", "()", `""`, "«»", "¿", "•", "0", "123", "#1", "1-2", "🙂", "😀😀",
			"\ufffc", "? ?", "Dr. ?", "? Jr",
			// Placeholder and test words inside such characters.
			"[null]", "<none>", "n/a?", "#N/A", "(N/A)", "«unknown»", "¿xxx?", "(test)", "Test?", "[Test] (Test)",
			"Test ?", "'dummy'", "*asdf*",
		} {
			t.Run(first, func(t *testing.T) {
				v := m.Compare(rec(first, "Lee", ""), rec(first, "Lee", ""))
				assert.Equal(t, match.Review, v.Decision, v.String())
				f := v.Fields[match.FirstName]
				assert.Equal(t, match.StatusMissing, f.Status, v.String())
				assert.True(t, f.Reasons.Has(match.ReasonPlaceholder), v.String())
			})
		}
		// A name with a letter is compared as usual, whatever else it holds.
		for _, c := range []struct {
			merchant, provider string
			want               match.Decision
		}{
			{"Max", "Max", match.Approve},
			{"Max 2", "Max 2", match.Approve},
			{"山田", "山田", match.Approve},
			{"Дмитрий", "Дмитрий", match.Approve},
			{"Test Max", "Test Max", match.Approve},
			{"(Max)", "(Max)", match.Approve},
			{"Max", "?", match.Review},
			{"Max", "Moritz", match.Decline},
		} {
			t.Run(c.merchant+"/"+c.provider, func(t *testing.T) {
				v := m.Compare(rec(c.merchant, "Lee", ""), rec(c.provider, "Lee", ""))
				assert.Equal(t, c.want, v.Decision, v.String())
			})
		}
	}
}
