package messages_test

import (
	"fmt"
	"time"

	"golang.org/x/text/language"

	"github.com/custmatch/custmatch/match"
	"github.com/custmatch/custmatch/messages"
)

// The provider's own example: the merchant has "Maximillian", the provider "Max".
func ExampleRender() {
	m, err := match.New(match.Options{})
	if err != nil {
		panic(err)
	}
	v := m.Compare(
		match.Record{FirstName: "Maximillian", LastName: "Mustermann", DOB: "1988-01-01"}, // merchant
		match.Record{FirstName: "Max", LastName: "Mustermann", DOB: "1988-01-01"},         // provider
	)
	msg := messages.Render(v, language.English, messages.Options{ProviderName: "paysafecard"})
	fmt.Println(msg.Key, msg.Fields)
	fmt.Println(msg.Text)
	// Output:
	// decline.first_name [first_name]
	// Your transaction got declined. The reason is that during the data comparison with paysafecard, the first name was not matching. The first name must match in both systems. First name at paysafecard: Max. First name to compare: Maximillian. Please change your first name here and retry the payment.
}

// A date of birth written day-first by the merchant, with day and month exchanged, rendered for an
// Austrian customer (German) with a link to the profile page. Dates are shown as YYYY-MM-DD.
func ExampleRender_german() {
	m, err := match.New(match.Options{Now: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		panic(err)
	}
	v := m.Compare(
		match.Record{FirstName: "Max", LastName: "Mustermann", DOB: "1986-05-04"},
		match.Record{FirstName: "Max", LastName: "Mustermann", DOB: "1986-04-05"},
	)
	msg := messages.Render(v, language.MustParse("de-AT"),
		messages.Options{ProviderName: "paysafecard", ChangeURL: "https://shop.example/konto"})
	fmt.Println(msg.Tag, msg.Key)
	fmt.Println(msg.Text)
	// Output:
	// de decline.dob.day_month_swapped
	// Ihre Transaktion wurde abgelehnt. Der Grund: Beim Datenabgleich mit paysafecard stimmte das Geburtsdatum nicht überein: Tag und Monat scheinen vertauscht zu sein. Das Geburtsdatum muss in beiden Systemen übereinstimmen. Geburtsdatum bei paysafecard: 1986-04-05. Bei uns hinterlegtes Geburtsdatum: 1986-05-04. Bitte prüfen Sie die Reihenfolge von Tag und Monat, ändern Sie Ihr Geburtsdatum unter https://shop.example/konto und wiederholen Sie die Zahlung.
}

// Several failing fields give one combined text; without a ProviderName the provider is named neutrally.
func ExampleRender_multiple() {
	m, err := match.New(match.Options{})
	if err != nil {
		panic(err)
	}
	v := m.Compare(
		match.Record{FirstName: "Maximillian", LastName: "Must"},
		match.Record{FirstName: "Max", LastName: "Mustermann"},
	)
	msg := messages.Render(v, messages.Negotiate("it-CH, it;q=0.9, en;q=0.8"), messages.Options{})
	fmt.Println(msg.Tag, msg.Key, msg.Fields)
	fmt.Println(msg.Text)
	// Output:
	// it decline.multiple [first_name last_name]
	// La sua transazione è stata rifiutata. Il motivo è che, durante il confronto dei dati con il fornitore del servizio di pagamento, i seguenti dati non corrispondevano: nome e cognome. Questi dati devono coincidere in entrambi i sistemi. Nome presso il fornitore del servizio di pagamento: Max. Nome registrato presso di noi: Maximillian. Cognome presso il fornitore del servizio di pagamento: Mustermann. Cognome registrato presso di noi: Must. La preghiamo di modificare questi dati qui e di ripetere il pagamento.
}

// A review verdict gets a neutral text without values; an approve verdict an empty Message.
func ExampleRender_review() {
	m, err := match.New(match.Options{})
	if err != nil {
		panic(err)
	}
	review := m.Compare(match.Record{LastName: "Mustermann"}, match.Record{FirstName: "Max", LastName: "Mustermann"})
	msg := messages.Render(review, language.Spanish, messages.Options{ProviderName: "paysafecard"})
	fmt.Println(msg.Key, msg.Fields)
	fmt.Println(msg.Text)

	approve := m.Compare(match.Record{FirstName: "Max", LastName: "Mustermann"}, match.Record{FirstName: "Max", LastName: "Mustermann"})
	fmt.Printf("%q\n", messages.Render(approve, language.Spanish, messages.Options{}).Text)
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

func ExampleHasCatalog() {
	for _, s := range []string{"de-AT", "ja, pl;q=0.5", "sk", "*"} {
		fmt.Printf("%-15q catalog=%-5t %s\n", s, messages.HasCatalog(s), messages.Negotiate(s))
	}
	// Output:
	// "de-AT"         catalog=true  de
	// "ja, pl;q=0.5"  catalog=true  pl
	// "sk"            catalog=false en
	// "*"             catalog=true  en
}

func ExampleSupported() {
	fmt.Println(messages.Supported())
	// Output:
	// [en de fr es it nl pt pt-PT pl cs hu ro el tr]
}

// The provider's date of birth is the invalid one: the customer is sent to their account at the
// provider, never asked to change the shop's valid date.
func ExampleRender_providerInvalidDate() {
	m, err := match.New(match.Options{})
	if err != nil {
		panic(err)
	}
	v := m.Compare(
		match.Record{FirstName: "Max", LastName: "Mustermann", DOB: "1988-01-01"},
		match.Record{FirstName: "Max", LastName: "Mustermann", DOB: "1988-02-30"},
	)
	msg := messages.Render(v, language.German, messages.Options{ProviderName: "paysafecard", ChangeURL: "https://shop.example/konto"})
	fmt.Println(msg.Key, msg.Fields)
	fmt.Println(msg.Text)
	// Output:
	// decline.provider_value [dob]
	// Ihre Transaktion wurde abgelehnt. Der Grund: Beim Datenabgleich mit paysafecard konnten folgende Angaben nicht verglichen werden: Geburtsdatum. Eine Angabe in Ihrem paysafecard-Konto fehlt oder ist ungültig. Geburtsdatum bei paysafecard: 1988-02-30. Bei uns hinterlegtes Geburtsdatum: 1988-01-01. Bitte prüfen Sie Ihre Angaben in Ihrem paysafecard-Konto und wiederholen Sie die Zahlung.
}

// Every message variant, for review: render them in any language.
func ExampleVariants() {
	for _, v := range messages.Variants() {
		msg := messages.Render(v.Verdict, language.English, messages.Options{ProviderName: "paysafecard"})
		fmt.Printf("%-24s %s\n", v.Name, msg.Key)
	}
	// Output:
	// first_name               decline.first_name
	// last_name                decline.last_name
	// dob                      decline.dob
	// dob_day_month_swapped    decline.dob.day_month_swapped
	// dob_invalid_merchant     decline.dob.invalid_date
	// dob_invalid_provider     decline.provider_value
	// several                  decline.multiple
	// several_invalid_provider decline.check_both
	// email                    decline.email
	// review                   review
	// generic                  decline.generic
}

// A message as a customer sees it in a page: escaped, with the change address as a link.
func ExampleHTML() {
	m, err := match.New(match.Options{})
	if err != nil {
		panic(err)
	}
	v := m.Compare(match.Record{FirstName: "Max", LastName: "Must"}, match.Record{FirstName: "Max", LastName: "Mustermann"})
	o := messages.Options{ProviderName: "paysafecard", ChangeURL: "https://shop.example/account"}
	fmt.Println(messages.HTML(messages.Render(v, language.English, o), o))
	// Output:
	// <div class="custmatch-message" lang="en" data-key="decline.last_name" role="alert"><p>Your transaction got declined. The reason is that during the data comparison with paysafecard, the last name was not matching. The last name must match in both systems. Last name at paysafecard: Mustermann. Last name to compare: Must. Please change your last name at <a href="https://shop.example/account">https://shop.example/account</a> and retry the payment.</p></div>
}

// With DateLong, dates are written with the month's name in the customer's language (CLDR's long date
// pattern), which cannot be misread when the message says day and month appear swapped.
func ExampleRender_dateLong() {
	m, err := match.New(match.Options{})
	if err != nil {
		panic(err)
	}
	v := m.Compare(
		match.Record{FirstName: "Max", LastName: "Mustermann", DOB: "1988-07-01"},
		match.Record{FirstName: "Max", LastName: "Mustermann", DOB: "1988-01-07"},
	)
	msg := messages.Render(v, language.French, messages.Options{ProviderName: "paysafecard", DateStyle: messages.DateLong})
	fmt.Println(msg.Key)
	fmt.Println(msg.Text)
	// Output:
	// decline.dob.day_month_swapped
	// Votre transaction a été refusée. Motif : lors de la comparaison des données avec paysafecard, la date de naissance ne correspondait pas : le jour et le mois semblent avoir été inversés. La date de naissance doit être identique dans les deux systèmes. Date de naissance chez paysafecard : 7 janvier 1988. Date de naissance enregistrée chez nous : 1 juillet 1988. Veuillez vérifier que le jour et le mois n'ont pas été inversés, modifier votre date de naissance ici, puis effectuer à nouveau le paiement.
}
