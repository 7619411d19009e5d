package messages_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/custmatch/custmatch/match"
	"github.com/custmatch/custmatch/messages"
)

// variant returns the named variant.
func variant(t *testing.T, name string) messages.Variant {
	t.Helper()
	for _, v := range messages.Variants() {
		if v.Name == name {
			return v
		}
	}
	require.FailNow(t, "no variant "+name)
	return messages.Variant{}
}

// TestProviderSideNeverAsksTheShop: when the provider's date of birth is the invalid one, no language
// asks the customer to change the shop's valid date at the shop (the change address or "here" never
// appears); it points to the account at the provider. When the shop's date is the invalid one, the text
// does send the customer to the shop.
func TestProviderSideNeverAsksTheShop(t *testing.T) {
	const url = "https://shop.example/account"
	o := messages.Options{ProviderName: "paysafecard", ChangeURL: url}
	atProvider, atShop := variant(t, "dob_invalid_provider"), variant(t, "dob_invalid_merchant")
	for _, tag := range messages.Supported() {
		t.Run(tag.String(), func(t *testing.T) {
			m := messages.Render(atProvider.Verdict, tag, o)
			assert.Equal(t, messages.KeyProviderValue, m.Key)
			assert.NotContains(t, m.Text, url, "sends the customer to the shop")
			assert.Contains(t, m.Text, "paysafecard")
			neutral := messages.Render(atProvider.Verdict, tag, messages.Options{})
			here := messages.Render(atShop.Verdict, tag, messages.Options{})
			assert.NotEqual(t, here.Text, neutral.Text)

			m = messages.Render(atShop.Verdict, tag, o)
			assert.Equal(t, messages.KeyDOBInvalidDate, m.Key)
			assert.Contains(t, m.Text, url)
		})
	}
}

// TestInvalidDateAsksForValidDate: 1988-02-30 is complete but does not exist, so the text asks for a
// valid date of birth, never for a complete one.
func TestInvalidDateAsksForValidDate(t *testing.T) {
	valid := map[string]string{
		"en": "a valid date of birth", "de": "ein gültiges Geburtsdatum", "fr": "une date de naissance valide",
		"es": "una fecha de nacimiento válida", "it": "una data di nascita valida", "nl": "een geldige geboortedatum",
		"pt": "uma data de nascimento válida", "pt-PT": "uma data de nascimento válida",
		"pl": "prawidłową datę urodzenia", "cs": "platné datum narození", "hu": "érvényes születési dátumot",
		"ro": "o dată de naștere validă", "el": "μια έγκυρη ημερομηνία γέννησης", "tr": "geçerli bir doğum tarihi",
	}
	complete := regexp.MustCompile(`(?i)complete|vollständig|complète|completa|volledig|pełn|úpln|teljes|completă|πλήρη|eksiksiz`)
	v := variant(t, "dob_invalid_merchant")
	for _, tag := range messages.Supported() {
		t.Run(tag.String(), func(t *testing.T) {
			text := messages.Render(v.Verdict, tag, messages.Options{ProviderName: "paysafecard"}).Text
			want, ok := valid[tag.String()]
			require.True(t, ok)
			assert.Contains(t, text, want)
			assert.Nil(t, complete.FindStringIndex(text), "asks for a complete date: %q", complete.FindString(text))
		})
	}
}

// TestEmptyIsNeutral: the word shown for an empty value agrees with every field it stands for (a
// neutral phrase rather than an adjective with gender).
func TestEmptyIsNeutral(t *testing.T) {
	want := map[string]string{"es": "(sin datos)", "it": "(nessun dato)", "pt": "(em branco)", "pt-PT": "(em branco)",
		"ro": "(lipsă)", "pl": "(brak danych)", "cs": "(nevyplněno)", "el": "(χωρίς στοιχεία)", "de": "(keine Angabe)"}
	for _, tag := range messages.Supported() {
		w, ok := want[tag.String()]
		if !ok {
			continue
		}
		t.Run(tag.String(), func(t *testing.T) {
			for _, f := range []match.Field{match.FirstName, match.LastName, match.DOB, match.Email} {
				v := verdict(match.Decline, mismatch(f, "x", "\u200b"))
				m := messages.Render(v, tag, messages.Options{})
				assert.Contains(t, m.Text, w+".", f)
			}
		})
	}
}

// TestNativeReaderFixes pins the wording a native reader asked for in each language (issue 19).
func TestNativeReaderFixes(t *testing.T) {
	const url = "https://shop.example/account"
	tests := []struct {
		lang, variant string
		o             messages.Options
		want, not     []string
	}{
		{"fr", "dob_day_month_swapped", messages.Options{}, []string{"vérifier que le jour et le mois n'ont pas été inversés"}, []string{"l'ordre du jour"}},
		{"es", "dob_day_month_swapped", messages.Options{}, []string{"compruebe que no se hayan intercambiado el día y el mes"}, []string{"el orden del día"}},
		{"pt", "dob_day_month_swapped", messages.Options{}, []string{"verifique se o dia e o mês não foram invertidos"}, []string{"a ordem do dia"}},
		{"pt", "first_name", messages.Options{ProviderName: "paysafecard"}, []string{"com a paysafecard", "Nome na paysafecard:", "cadastro"}, []string{"sistema paysafecard"}},
		{"pt-PT", "last_name", messages.Options{ProviderName: "paysafecard"}, []string{"A sua transação", "Apelido na paysafecard:", "registo"}, []string{"sobrenome", "cadastro", "provedor"}},
		{"hu", "first_name", messages.Options{ProviderName: "paysafecard", ChangeURL: url},
			[]string{"Az elutasítás oka: a paysafecard rendszerével", "a következő címen: " + url + ", majd"}, []string{"a(z)", "Az ok:"}},
		{"hu", "first_name", messages.Options{ProviderName: "Adyen"}, []string{"az Adyen rendszerével", "az Adyen rendszerében"}, []string{"a(z)"}},
		{"ro", "dob_invalid_merchant", messages.Options{ProviderName: "paysafecard"}, []string{"o dată de naștere validă"}, []string{"data nașterii completă"}},
		{"ro", "first_name", messages.Options{ProviderName: "paysafecard"}, []string{"Prenumele înregistrat la paysafecard: Max."}, nil},
		{"tr", "last_name", messages.Options{ProviderName: "paysafecard"}, []string{"Soyadı (paysafecard kayıtlarında): Mustermann.", "Bizde kayıtlı soyadı: Must."}, []string{"soyad:", "Soyad her"}},
		{"tr", "dob_invalid_merchant", messages.Options{ProviderName: "paysafecard"}, []string{"Bunun nedeni, "}, []string{"Nedeni:"}},
		{"nl", "dob_invalid_merchant", messages.Options{ChangeURL: url}, []string{"Vul via " + url + " een geldige geboortedatum in"}, []string{"betaalprovider"}},
		{"nl", "first_name", messages.Options{}, []string{"met de betaaldienstverlener"}, []string{"betaalprovider"}},
		{"el", "dob_day_month_swapped", messages.Options{}, []string{"έχουν αντιστραφεί"}, []string{"αντιμετατεθεί"}},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.variant+"/"+tt.o.ProviderName, func(t *testing.T) {
			text := messages.Render(variant(t, tt.variant).Verdict, language.MustParse(tt.lang), tt.o).Text
			for _, s := range tt.want {
				assert.Contains(t, text, s)
			}
			for _, s := range tt.not {
				assert.NotContains(t, text, s)
			}
		})
	}
	// Turkish: no sentence starts with a lower-case word (a brand such as paysafecard).
	lower := regexp.MustCompile(`^\p{Ll}`)
	for _, v := range messages.Variants() {
		text := messages.Render(v.Verdict, language.Turkish, messages.Options{ProviderName: "paysafecard"}).Text
		for _, sentence := range strings.SplitAfter(text, ". ") {
			assert.Nil(t, lower.FindStringIndex(sentence), "tr %s: %q", v.Name, sentence)
		}
	}
}
