package match_test

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/custmatch/custmatch/match"
)

// TestTransliterateConcurrent runs transliterated comparisons from several goroutines on one Matcher (the
// variant buffers are pooled, never shared); run with -race.
func TestTransliterateConcurrent(t *testing.T) {
	m := newMatcher(t, match.Options{Transliterate: true})
	pairs := [][2]match.Record{
		{{FirstName: "Дмитрий", LastName: "Иванов"}, {FirstName: "Dmitrii", LastName: "Ivanov"}},
		{{FirstName: "Γιώργος", LastName: "Σεφέρης"}, {FirstName: "Giorgos", LastName: "Seferis"}},
		{{FirstName: "Новак", LastName: "Ђоковић"}, {FirstName: "Novak", LastName: "Djokovic"}},
		{{FirstName: "Наталья", LastName: "Иванова"}, {FirstName: "Natasha", LastName: "Ivanova"}},
	}
	want := []match.Decision{match.Approve, match.Approve, match.Approve, match.Decline}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				k := (i + g) % len(pairs)
				assert.Equal(t, want[k], m.Compare(pairs[k][0], pairs[k][1]).Decision)
			}
		}()
	}
	wg.Wait()
}
