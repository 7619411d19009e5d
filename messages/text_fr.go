package messages

// fr is the French catalog (formal address: vous). A colon is preceded by a no-break space (U+00A0), as
// French typography requires.
var fr = map[string]string{
	partProviderWith:           "avec %[1]s",
	partProviderWithNeutral:    "avec le prestataire de paiement",
	partProviderAt:             "chez %[1]s",
	partProviderAtNeutral:      "chez le prestataire de paiement",
	partProviderAccount:        "dans votre compte %[1]s",
	partProviderAccountNeutral: "dans votre compte auprès du prestataire de paiement",
	partWhereHere:              "ici",
	partWhereURL:               "à l'adresse %[1]s",
	partValueEmpty:             "(vide)",
	partListAnd:                "%[1]s et %[2]s",

	"field.first_name": "prénom",
	"field.last_name":  "nom",
	"field.dob":        "date de naissance",
	"field.email":      "adresse e-mail",

	"detail.first_name": "Prénom %[1]s\u00a0: %[2]s. Prénom enregistré chez nous\u00a0: %[3]s.",
	"detail.last_name":  "Nom %[1]s\u00a0: %[2]s. Nom enregistré chez nous\u00a0: %[3]s.",
	"detail.dob":        "Date de naissance %[1]s\u00a0: %[2]s. Date de naissance enregistrée chez nous\u00a0: %[3]s.",
	"detail.email":      "Adresse e-mail %[1]s\u00a0: %[2]s. Adresse e-mail enregistrée chez nous\u00a0: %[3]s.",

	string(KeyFirstName): "Votre transaction a été refusée. Motif\u00a0: lors de la comparaison des données %[1]s, " +
		"le prénom ne correspondait pas. Le prénom doit être identique dans les deux systèmes. %[2]s " +
		"Veuillez modifier votre prénom %[3]s, puis effectuer à nouveau le paiement.",
	string(KeyLastName): "Votre transaction a été refusée. Motif\u00a0: lors de la comparaison des données %[1]s, " +
		"le nom ne correspondait pas. Le nom doit être identique dans les deux systèmes. %[2]s " +
		"Veuillez modifier votre nom %[3]s, puis effectuer à nouveau le paiement.",
	string(KeyDOB): "Votre transaction a été refusée. Motif\u00a0: lors de la comparaison des données %[1]s, " +
		"la date de naissance ne correspondait pas. La date de naissance doit être identique dans les deux systèmes. %[2]s " +
		"Veuillez modifier votre date de naissance %[3]s, puis effectuer à nouveau le paiement.",
	string(KeyDOBDayMonthSwapped): "Votre transaction a été refusée. Motif\u00a0: lors de la comparaison des données %[1]s, la date de " +
		"naissance ne correspondait pas\u00a0: le jour et le mois semblent avoir été inversés. La date de " +
		"naissance doit être identique dans les deux systèmes. %[2]s Veuillez vérifier que le jour et le " +
		"mois n'ont pas été inversés, modifier votre date de naissance %[3]s, puis effectuer à nouveau " +
		"le paiement.",
	string(KeyDOBInvalidDate): "Votre transaction a été refusée. Motif\u00a0: lors de la comparaison des données %[1]s, la date de " +
		"naissance n'a pas pu être comparée, car la date de naissance enregistrée chez nous n'est pas " +
		"une date valide. La date de naissance doit être identique dans les deux systèmes. %[2]s " +
		"Veuillez saisir une date de naissance valide %[3]s, puis effectuer à nouveau le paiement.",
	string(KeyEmail): "Votre transaction a été refusée. Motif\u00a0: lors de la comparaison des données %[1]s, " +
		"l'adresse e-mail ne correspondait pas. L'adresse e-mail doit être identique dans les deux systèmes. %[2]s " +
		"Veuillez modifier votre adresse e-mail %[3]s, puis effectuer à nouveau le paiement.",
	string(KeyMultiple): "Votre transaction a été refusée. Motif\u00a0: lors de la comparaison des données %[1]s, " +
		"les informations suivantes ne correspondaient pas\u00a0: %[2]s. " +
		"Ces informations doivent être identiques dans les deux systèmes. %[3]s " +
		"Veuillez modifier ces informations %[4]s, puis effectuer à nouveau le paiement.",
	string(KeyProviderValue): "Votre transaction a été refusée. Motif\u00a0: lors de la comparaison des données %[1]s, les " +
		"informations suivantes n'ont pas pu être comparées\u00a0: %[2]s. Une information enregistrée %[4]s " +
		"est manquante ou non valide. %[3]s Veuillez vérifier vos informations %[4]s, puis effectuer à " +
		"nouveau le paiement.",
	string(KeyCheckBoth): "Votre transaction a été refusée. Motif\u00a0: lors de la comparaison des données %[1]s, les " +
		"informations suivantes ne correspondaient pas\u00a0: %[2]s. Ces informations doivent être identiques " +
		"dans les deux systèmes, et au moins l'une d'elles est manquante ou non valide. %[3]s Veuillez " +
		"vérifier vos informations %[4]s et %[5]s, puis effectuer à nouveau le paiement.",
	string(KeyGeneric): "Votre transaction a été refusée. Motif\u00a0: lors de la comparaison des données %[1]s, " +
		"vos informations ne correspondaient pas. Vos informations doivent être identiques dans les deux systèmes. " +
		"Veuillez vérifier vos informations %[2]s, puis effectuer à nouveau le paiement.",
	string(KeyReview): "Nous devons vérifier vos informations avant de pouvoir finaliser votre paiement. " +
		"Nous vous contacterons prochainement. Pour toute question, veuillez contacter notre service client.",
}
