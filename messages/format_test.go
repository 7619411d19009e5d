package messages_test

import (
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/custmatch/custmatch/match"
	"github.com/custmatch/custmatch/messages"
)

// TestFormatCharactersRemoved: the customer's text keeps no format character (general category Cf) of
// a value, as Render's documentation promises, including those that are not default-ignorable: the
// interlinear annotation characters (U+FFF9–FFFB), which can hide text, and the prepended concatenation
// marks and format controls (U+0600, U+06DD, U+070F, U+08E2, U+110BD, U+13430).
func TestFormatCharactersRemoved(t *testing.T) {
	m, err := match.New(match.Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
	require.NoError(t, err)
	for _, c := range []struct{ provider, shown string }{
		{"Bo\ufff9Evil\ufffaX\ufffbb", "BoEvilXb"},
		{"Bo\u0600b", "Bob"}, {"Bo\u06ddb", "Bob"}, {"Bo\u070fb", "Bob"}, {"Bo\u08e2b", "Bob"},
		{"Bo\U000110BDb", "Bob"}, {"Bo\U00013430b", "Bob"},
		{"Bo\u00adb\u200d\ufeff\u2066", "Bob"}, // default-ignorable format characters, removed before as well
	} {
		t.Run(c.provider, func(t *testing.T) {
			v := m.Compare(match.Record{FirstName: "Max", LastName: "Lee"}, match.Record{FirstName: c.provider, LastName: "Lee"})
			require.Equal(t, match.Decline, v.Decision, v.String())
			for _, tag := range messages.Supported() {
				msg := messages.Render(v, tag, messages.Options{ProviderName: "pay\ufff9safe\ufffbcard",
					ChangeURL: "https://shop.example/\u0600account"})
				assert.Equal(t, messages.KeyFirstName, msg.Key)
				if i := strings.IndexFunc(msg.Text, func(r rune) bool { return unicode.Is(unicode.Cf, r) }); i >= 0 {
					t.Errorf("%s: format character %U kept in %q", tag, []rune(msg.Text[i:])[0], msg.Text)
				}
				assert.Contains(t, msg.Text, ": "+c.shown+".", tag)
				assert.Contains(t, msg.Text, "paysafecard", tag)
				assert.Contains(t, msg.Text, "https://shop.example/account", tag)
			}
		})
	}
}
