package messages_test

import (
	"fmt"
	"time"

	"golang.org/x/text/language"

	"github.com/custmatch/custmatch/match"
	"github.com/custmatch/custmatch/messages"
)

// The provider's own example: the merchant has "Maximillian", the provider "Max".
func ExampleDecline() {
	m, err := match.New(match.Options{})
	if err != nil {
		panic(err)
	}
	v := m.Compare(
		match.Record{FirstName: "Maximillian", LastName: "Mustermann", DOB: "1988-01-01"}, // merchant
		match.Record{FirstName: "Max", LastName: "Mustermann", DOB: "1988-01-01"},         // provider
	)
	msg := messages.Decline(v, language.English, messages.Options{ProviderName: "paysafecard"})
	fmt.Println(msg.Key, msg.Fields)
	fmt.Println(msg.Text)
	// Output:
	// decline.first_name [first_name]
	// Your transaction got declined. The reason is that during the data comparison with paysafecard, the first name was not matching. The first name must match in both systems. First name at paysafecard: Max. First name to compare: Maximillian. Please change your first name here and retry the payment.
}

// A date of birth written day-first by the merchant, with day and month exchanged, rendered for an
// Austrian customer (German) with a link to the profile page. Dates are shown as YYYY-MM-DD.
func ExampleDecline_german() {
	m, err := match.New(match.Options{Now: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		panic(err)
	}
	v := m.Compare(
		match.Record{FirstName: "Max", LastName: "Mustermann", DOB: "1986-05-04"},
		match.Record{FirstName: "Max", LastName: "Mustermann", DOB: "1986-04-05"},
	)
	msg := messages.Decline(v, language.MustParse("de-AT"),
		messages.Options{ProviderName: "paysafecard", ChangeURL: "https://shop.example/konto"})
	fmt.Println(msg.Tag, msg.Key)
	fmt.Println(msg.Text)
	// Output:
	// de decline.dob.day_month_swapped
	// Ihre Transaktion wurde abgelehnt. Der Grund: Beim Datenabgleich mit paysafecard stimmte das Geburtsdatum nicht überein: Tag und Monat scheinen vertauscht zu sein. Das Geburtsdatum muss in beiden Systemen übereinstimmen. Geburtsdatum bei paysafecard: 1986-04-05. Bei uns hinterlegtes Geburtsdatum: 1986-05-04. Bitte prüfen Sie die Reihenfolge von Tag und Monat, ändern Sie Ihr Geburtsdatum unter https://shop.example/konto und wiederholen Sie die Zahlung.
}

// Several failing fields give one combined text; without a ProviderName the provider is named neutrally.
func ExampleDecline_multiple() {
	m, err := match.New(match.Options{})
	if err != nil {
		panic(err)
	}
	v := m.Compare(
		match.Record{FirstName: "Maximillian", LastName: "Must"},
		match.Record{FirstName: "Max", LastName: "Mustermann"},
	)
	msg := messages.Decline(v, messages.Negotiate("it-CH, it;q=0.9, en;q=0.8"), messages.Options{})
	fmt.Println(msg.Tag, msg.Key, msg.Fields)
	fmt.Println(msg.Text)
	// Output:
	// it decline.multiple [first_name last_name]
	// La sua transazione è stata rifiutata. Il motivo è che, durante il confronto dei dati con il fornitore del servizio di pagamento, i seguenti dati non corrispondevano: nome e cognome. Questi dati devono coincidere in entrambi i sistemi. Nome presso il fornitore del servizio di pagamento: Max. Nome registrato presso di noi: Maximillian. Cognome presso il fornitore del servizio di pagamento: Mustermann. Cognome registrato presso di noi: Must. La preghiamo di modificare questi dati qui e di ripetere il pagamento.
}

// A review verdict gets a neutral text without values; an approve verdict an empty Message.
func ExampleDecline_review() {
	m, err := match.New(match.Options{})
	if err != nil {
		panic(err)
	}
	review := m.Compare(match.Record{LastName: "Mustermann"}, match.Record{FirstName: "Max", LastName: "Mustermann"})
	msg := messages.Decline(review, language.Spanish, messages.Options{ProviderName: "paysafecard"})
	fmt.Println(msg.Key, msg.Fields)
	fmt.Println(msg.Text)

	approve := m.Compare(match.Record{FirstName: "Max", LastName: "Mustermann"}, match.Record{FirstName: "Max", LastName: "Mustermann"})
	fmt.Printf("%q\n", messages.Decline(approve, language.Spanish, messages.Options{}).Text)
	// Output:
	// review [first_name]
	// Necesitamos revisar sus datos antes de poder completar su pago. Nos pondremos en contacto con usted en breve. Si tiene alguna pregunta, póngase en contacto con nuestro servicio de atención al cliente.
	// ""
}

func ExampleNegotiate() {
	for _, s := range []string{"de-AT", "pt-BR", "fr-CH, fr;q=0.9, en;q=0.8", "ja, pl;q=0.5", "sk", "garbage"} {
		fmt.Printf("%-26q %s\n", s, messages.Negotiate(s))
	}
	// Output:
	// "de-AT"                    de
	// "pt-BR"                    pt
	// "fr-CH, fr;q=0.9, en;q=0.8" fr
	// "ja, pl;q=0.5"             pl
	// "sk"                       en
	// "garbage"                  en
}

func ExampleSupported() {
	fmt.Println(messages.Supported())
	// Output:
	// [en de fr es it nl pt pl cs hu ro el tr]
}
