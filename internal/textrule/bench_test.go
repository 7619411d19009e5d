package textrule

import (
	"testing"
	"unicode"
)

// BenchmarkIsInvisible compares IsInvisible with a plain lookup in the generated table, per script of
// the text scanned (dob and messages ask it for every non-ASCII rune).
func BenchmarkIsInvisible(b *testing.B) {
	for _, c := range []struct{ name, text string }{
		{"latin", "Müller-Lüdenscheidt Þórsdóttir"},
		{"greek", "Απριλίου Παπαδοπούλου"},
		{"cyrillic", "Дмитрий Шостакович"},
		{"cjk", "山田太郎 김민준"},
		{"invisible", "\u200b\u200e\ufeff\u2060\u00ad"},
	} {
		runes := []rune(c.text)
		for _, impl := range []struct {
			name string
			f    func(rune) bool
		}{
			{"IsInvisible", IsInvisible},
			{"table", func(r rune) bool { return unicode.Is(invisibleTable, r) }},
		} {
			b.Run("impl="+impl.name+"/case="+c.name, func(b *testing.B) {
				b.ReportAllocs()
				n := 0
				for b.Loop() {
					for _, r := range runes {
						if impl.f(r) {
							n++
						}
					}
				}
				_ = n
			})
		}
	}
}
