package messages

// it is the Italian catalog (formal address: Lei).
var it = map[string]string{
	partProviderWith:           "con %[1]s",
	partProviderWithNeutral:    "con il fornitore del servizio di pagamento",
	partProviderAt:             "presso %[1]s",
	partProviderAtNeutral:      "presso il fornitore del servizio di pagamento",
	partProviderAccount:        "nel suo account %[1]s",
	partProviderAccountNeutral: "nel suo account presso il fornitore del servizio di pagamento",
	partWhereHere:              "qui",
	partWhereURL:               "all'indirizzo %[1]s",
	partValueEmpty:             "(nessun dato)",
	partListAnd:                "%[1]s e %[2]s",

	"field.first_name": "nome",
	"field.last_name":  "cognome",
	"field.dob":        "data di nascita",
	"field.email":      "indirizzo e-mail",

	"detail.first_name": "Nome %[1]s: %[2]s. Nome registrato presso di noi: %[3]s.",
	"detail.last_name":  "Cognome %[1]s: %[2]s. Cognome registrato presso di noi: %[3]s.",
	"detail.dob":        "Data di nascita %[1]s: %[2]s. Data di nascita registrata presso di noi: %[3]s.",
	"detail.email":      "Indirizzo e-mail %[1]s: %[2]s. Indirizzo e-mail registrato presso di noi: %[3]s.",

	string(KeyFirstName): "La sua transazione è stata rifiutata. Il motivo è che, durante il confronto dei dati %[1]s, " +
		"il nome non corrispondeva. Il nome deve coincidere in entrambi i sistemi. %[2]s " +
		"La preghiamo di modificare il suo nome %[3]s e di ripetere il pagamento.",
	string(KeyLastName): "La sua transazione è stata rifiutata. Il motivo è che, durante il confronto dei dati %[1]s, " +
		"il cognome non corrispondeva. Il cognome deve coincidere in entrambi i sistemi. %[2]s " +
		"La preghiamo di modificare il suo cognome %[3]s e di ripetere il pagamento.",
	string(KeyDOB): "La sua transazione è stata rifiutata. Il motivo è che, durante il confronto dei dati %[1]s, " +
		"la data di nascita non corrispondeva. La data di nascita deve coincidere in entrambi i sistemi. %[2]s " +
		"La preghiamo di modificare la sua data di nascita %[3]s e di ripetere il pagamento.",
	string(KeyDOBDayMonthSwapped): "La sua transazione è stata rifiutata. Il motivo è che, durante il confronto dei dati %[1]s, " +
		"la data di nascita non corrispondeva: sembra che il giorno e il mese siano stati invertiti. " +
		"La data di nascita deve coincidere in entrambi i sistemi. %[2]s " +
		"La preghiamo di verificare l'ordine di giorno e mese, di modificare la sua data di nascita %[3]s " +
		"e di ripetere il pagamento.",
	string(KeyDOBInvalidDate): "La sua transazione è stata rifiutata. Il motivo è che, durante il confronto dei dati %[1]s, non " +
		"è stato possibile verificare la data di nascita perché quella registrata presso di noi non è " +
		"una data valida. La data di nascita deve coincidere in entrambi i sistemi. %[2]s La preghiamo " +
		"di inserire una data di nascita valida %[3]s e di ripetere il pagamento.",
	string(KeyEmail): "La sua transazione è stata rifiutata. Il motivo è che, durante il confronto dei dati %[1]s, " +
		"l'indirizzo e-mail non corrispondeva. L'indirizzo e-mail deve coincidere in entrambi i sistemi. %[2]s " +
		"La preghiamo di modificare il suo indirizzo e-mail %[3]s e di ripetere il pagamento.",
	string(KeyMultiple): "La sua transazione è stata rifiutata. Il motivo è che, durante il confronto dei dati %[1]s, " +
		"i seguenti dati non corrispondevano: %[2]s. Questi dati devono coincidere in entrambi i sistemi. %[3]s " +
		"La preghiamo di modificare questi dati %[4]s e di ripetere il pagamento.",
	string(KeyProviderValue): "La sua transazione è stata rifiutata. Il motivo è che, durante il confronto dei dati %[1]s, non " +
		"è stato possibile verificare i seguenti dati: %[2]s. Un dato registrato %[4]s manca o non è " +
		"valido. %[3]s La preghiamo di verificare i suoi dati %[4]s e di ripetere il pagamento.",
	string(KeyCheckBoth): "La sua transazione è stata rifiutata. Il motivo è che, durante il confronto dei dati %[1]s, i " +
		"seguenti dati non corrispondevano: %[2]s. Questi dati devono coincidere in entrambi i sistemi, " +
		"e almeno uno di essi manca o non è valido. %[3]s La preghiamo di verificare i suoi dati %[4]s e " +
		"%[5]s e di ripetere il pagamento.",
	string(KeyGeneric): "La sua transazione è stata rifiutata. Il motivo è che, durante il confronto dei dati %[1]s, " +
		"i suoi dati non corrispondevano. I suoi dati devono coincidere in entrambi i sistemi. " +
		"La preghiamo di verificare i suoi dati %[2]s e di ripetere il pagamento.",
	string(KeyReview): "Dobbiamo verificare i suoi dati prima di poter completare il pagamento. " +
		"La contatteremo a breve. Per qualsiasi domanda, la preghiamo di rivolgersi al nostro servizio clienti.",
}
