package messages

// nl is the Dutch catalog (formal address: u).
var nl = map[string]string{
	partProviderWith:           "met %[1]s",
	partProviderWithNeutral:    "met de betaaldienstverlener",
	partProviderAt:             "bij %[1]s",
	partProviderAtNeutral:      "bij de betaaldienstverlener",
	partProviderAccount:        "in uw %[1]s-account",
	partProviderAccountNeutral: "in uw account bij de betaaldienstverlener",
	partWhereHere:              "hier",
	partWhereURL:               "via %[1]s",
	partValueEmpty:             "(leeg)",
	partListAnd:                "%[1]s en %[2]s",

	"field.first_name": "voornaam",
	"field.last_name":  "achternaam",
	"field.dob":        "geboortedatum",
	"field.email":      "e-mailadres",

	"detail.first_name": "Voornaam %[1]s: %[2]s. Bij ons geregistreerde voornaam: %[3]s.",
	"detail.last_name":  "Achternaam %[1]s: %[2]s. Bij ons geregistreerde achternaam: %[3]s.",
	"detail.dob":        "Geboortedatum %[1]s: %[2]s. Bij ons geregistreerde geboortedatum: %[3]s.",
	"detail.email":      "E-mailadres %[1]s: %[2]s. Bij ons geregistreerd e-mailadres: %[3]s.",

	string(KeyFirstName): "Uw transactie is geweigerd. De reden is dat bij de gegevensvergelijking %[1]s " +
		"de voornaam niet overeenkwam. De voornaam moet in beide systemen overeenkomen. %[2]s " +
		"Wijzig uw voornaam %[3]s en probeer de betaling opnieuw.",
	string(KeyLastName): "Uw transactie is geweigerd. De reden is dat bij de gegevensvergelijking %[1]s " +
		"de achternaam niet overeenkwam. De achternaam moet in beide systemen overeenkomen. %[2]s " +
		"Wijzig uw achternaam %[3]s en probeer de betaling opnieuw.",
	string(KeyDOB): "Uw transactie is geweigerd. De reden is dat bij de gegevensvergelijking %[1]s " +
		"de geboortedatum niet overeenkwam. De geboortedatum moet in beide systemen overeenkomen. %[2]s " +
		"Wijzig uw geboortedatum %[3]s en probeer de betaling opnieuw.",
	string(KeyDOBDayMonthSwapped): "Uw transactie is geweigerd. De reden is dat bij de gegevensvergelijking %[1]s " +
		"de geboortedatum niet overeenkwam: dag en maand lijken te zijn verwisseld. " +
		"De geboortedatum moet in beide systemen overeenkomen. %[2]s " +
		"Controleer de volgorde van dag en maand, wijzig uw geboortedatum %[3]s en probeer de betaling opnieuw.",
	string(KeyDOBInvalidDate): "Uw transactie is geweigerd. De reden is dat bij de gegevensvergelijking %[1]s de geboortedatum " +
		"niet kon worden vergeleken, omdat de bij ons geregistreerde geboortedatum geen geldige datum " +
		"is. De geboortedatum moet in beide systemen overeenkomen. %[2]s Vul %[3]s een geldige " +
		"geboortedatum in en probeer de betaling opnieuw.",
	string(KeyEmail): "Uw transactie is geweigerd. De reden is dat bij de gegevensvergelijking %[1]s " +
		"het e-mailadres niet overeenkwam. Het e-mailadres moet in beide systemen overeenkomen. %[2]s " +
		"Wijzig uw e-mailadres %[3]s en probeer de betaling opnieuw.",
	string(KeyMultiple): "Uw transactie is geweigerd. De reden is dat bij de gegevensvergelijking %[1]s " +
		"de volgende gegevens niet overeenkwamen: %[2]s. Deze gegevens moeten in beide systemen overeenkomen. %[3]s " +
		"Wijzig deze gegevens %[4]s en probeer de betaling opnieuw.",
	string(KeyProviderValue): "Uw transactie is geweigerd. De reden is dat bij de gegevensvergelijking %[1]s de volgende " +
		"gegevens niet konden worden vergeleken: %[2]s. Een gegeven %[4]s ontbreekt of is ongeldig. " +
		"%[3]s Controleer uw gegevens %[4]s en probeer de betaling opnieuw.",
	string(KeyCheckBoth): "Uw transactie is geweigerd. De reden is dat bij de gegevensvergelijking %[1]s de volgende " +
		"gegevens niet overeenkwamen: %[2]s. Deze gegevens moeten in beide systemen overeenkomen, en ten " +
		"minste één gegeven ontbreekt of is ongeldig. %[3]s Controleer uw gegevens %[4]s en %[5]s en " +
		"probeer de betaling opnieuw.",
	string(KeyGeneric): "Uw transactie is geweigerd. De reden is dat bij de gegevensvergelijking %[1]s " +
		"uw gegevens niet overeenkwamen. Uw gegevens moeten in beide systemen overeenkomen. " +
		"Controleer uw gegevens %[2]s en probeer de betaling opnieuw.",
	string(KeyReview): "Wij moeten uw gegevens controleren voordat uw betaling kan worden afgerond. " +
		"Wij nemen binnenkort contact met u op. Hebt u vragen? Neem dan contact op met onze klantenservice.",
}
