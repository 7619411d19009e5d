package messages

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestHUArticle(t *testing.T) {
	tests := []struct{ word, want string }{
		{"paysafecard", "a"},
		{"Adyen", "az"},
		{"Ökobank", "az"},
		{"Erste", "az"},
		{"Úti Pénz", "az"},
		{"Klarna", "a"},
		{"Mollie", "a"},       // a word: read as written
		{"MBH", "az"},         // an acronym: em-bé-há
		{"SEPA", "az"},        // es-…
		{"PayPal", "a"},       // capitals inside a word are not an acronym
		{"K&H", "a"},          // ká
		{"XYZ Pay", "az"},     // iksz
		{"1Pay", "az"},        // egy
		{"5 Euro Bank", "az"}, // öt
		{"10bank", "a"},       // tíz
		{"100 Pay", "a"},      // száz
		{"1000 Pay", "az"},    // ezer
		{"1.000 Pay", "az"},   // ezer, with a group separator
		{"2Pay", "a"},         // kettő
		{"€Pay", "a"},
		{"Сбербанк", "a"},
		{"", "a"},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			assert.Equal(t, tt.want, huArticle(tt.word))
		})
	}
}
