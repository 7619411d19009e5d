package match

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// TestLetters: the letter range of a name holds its canonical form and its umlaut alternative, whether
// the alternative has been made or not.
func TestLetters(t *testing.T) {
	for _, raw := range []string{"Müller", "Jürgen Öz-Kühn", "Schröder", "Max", "Mueller", "Ärger Über Öl",
		"Zoë", "Weiß", "García Márquez", "Ünal", "Häußler-Möller", "AÖU", "Straße"} {
		t.Run(raw, func(t *testing.T) {
			var n name
			var buf nameBuf
			analyse(&n, &buf, raw, true)
			lo, hi := n.letters()
			letters := func(s string) int {
				c := 0
				for _, r := range s {
					if r != ' ' {
						c++
					}
				}
				return c
			}
			assert.Equal(t, letters(n.form), lo)
			alt := n.alternative()
			if alt != "" {
				assert.LessOrEqual(t, letters(alt), hi, "before the alternative is made")
				lo2, hi2 := n.letters()
				assert.Equal(t, lo, lo2)
				assert.Equal(t, max(lo, letters(alt)), hi2, "once it is made")
			}
			assert.True(t, utf8.ValidString(n.form))
		})
	}
}
