package translit_test

import (
	"testing"

	"github.com/custmatch/custmatch/translit"
)

// BenchmarkVariants measures Variants.Of on one name per script (a reused Variants: no allocation).
func BenchmarkVariants(b *testing.B) {
	for _, c := range []struct{ name, in string }{
		{"lang=ru", "Дмитрий Иванов"},
		{"lang=uk", "Юлія Тимошенко"},
		{"lang=el", "Γιώργος Παπαδόπουλος"},
		{"lang=latin", "Max Mustermann"},
	} {
		b.Run(c.name, func(b *testing.B) {
			var v translit.Variants
			v.Of(c.in)
			b.ReportAllocs()
			for b.Loop() {
				v.Of(c.in)
			}
		})
	}
}
