package messages

// de is the German catalog (formal address: Sie).
var de = map[string]string{
	partProviderWith:           "mit %[1]s",
	partProviderWithNeutral:    "mit dem Zahlungsanbieter",
	partProviderAt:             "bei %[1]s",
	partProviderAtNeutral:      "beim Zahlungsanbieter",
	partProviderAccount:        "in Ihrem %[1]s-Konto",
	partProviderAccountNeutral: "in Ihrem Konto beim Zahlungsanbieter",
	partWhereHere:              "hier",
	partWhereURL:               "unter %[1]s",
	partValueEmpty:             "(keine Angabe)",
	partListAnd:                "%[1]s und %[2]s",

	"field.first_name": "Vorname",
	"field.last_name":  "Nachname",
	"field.dob":        "Geburtsdatum",
	"field.email":      "E-Mail-Adresse",

	"detail.first_name": "Vorname %[1]s: %[2]s. Bei uns hinterlegter Vorname: %[3]s.",
	"detail.last_name":  "Nachname %[1]s: %[2]s. Bei uns hinterlegter Nachname: %[3]s.",
	"detail.dob":        "Geburtsdatum %[1]s: %[2]s. Bei uns hinterlegtes Geburtsdatum: %[3]s.",
	"detail.email":      "E-Mail-Adresse %[1]s: %[2]s. Bei uns hinterlegte E-Mail-Adresse: %[3]s.",

	string(KeyFirstName): "Ihre Transaktion wurde abgelehnt. Der Grund: Beim Datenabgleich %[1]s " +
		"stimmte der Vorname nicht überein. Der Vorname muss in beiden Systemen übereinstimmen. %[2]s " +
		"Bitte ändern Sie Ihren Vornamen %[3]s und wiederholen Sie die Zahlung.",
	string(KeyLastName): "Ihre Transaktion wurde abgelehnt. Der Grund: Beim Datenabgleich %[1]s " +
		"stimmte der Nachname nicht überein. Der Nachname muss in beiden Systemen übereinstimmen. %[2]s " +
		"Bitte ändern Sie Ihren Nachnamen %[3]s und wiederholen Sie die Zahlung.",
	string(KeyDOB): "Ihre Transaktion wurde abgelehnt. Der Grund: Beim Datenabgleich %[1]s " +
		"stimmte das Geburtsdatum nicht überein. Das Geburtsdatum muss in beiden Systemen übereinstimmen. %[2]s " +
		"Bitte ändern Sie Ihr Geburtsdatum %[3]s und wiederholen Sie die Zahlung.",
	string(KeyDOBDayMonthSwapped): "Ihre Transaktion wurde abgelehnt. Der Grund: Beim Datenabgleich %[1]s " +
		"stimmte das Geburtsdatum nicht überein: Tag und Monat scheinen vertauscht zu sein. " +
		"Das Geburtsdatum muss in beiden Systemen übereinstimmen. %[2]s " +
		"Bitte prüfen Sie die Reihenfolge von Tag und Monat, ändern Sie Ihr Geburtsdatum %[3]s " +
		"und wiederholen Sie die Zahlung.",
	string(KeyDOBInvalidDate): "Ihre Transaktion wurde abgelehnt. Der Grund: Beim Datenabgleich %[1]s konnte das Geburtsdatum " +
		"nicht verglichen werden, da das bei uns hinterlegte Geburtsdatum kein gültiges Datum ist. Das " +
		"Geburtsdatum muss in beiden Systemen übereinstimmen. %[2]s Bitte geben Sie %[3]s ein gültiges " +
		"Geburtsdatum ein und wiederholen Sie die Zahlung.",
	string(KeyEmail): "Ihre Transaktion wurde abgelehnt. Der Grund: Beim Datenabgleich %[1]s " +
		"stimmte die E-Mail-Adresse nicht überein. Die E-Mail-Adresse muss in beiden Systemen übereinstimmen. %[2]s " +
		"Bitte ändern Sie Ihre E-Mail-Adresse %[3]s und wiederholen Sie die Zahlung.",
	string(KeyMultiple): "Ihre Transaktion wurde abgelehnt. Der Grund: Beim Datenabgleich %[1]s " +
		"stimmten folgende Angaben nicht überein: %[2]s. Diese Angaben müssen in beiden Systemen übereinstimmen. %[3]s " +
		"Bitte ändern Sie diese Angaben %[4]s und wiederholen Sie die Zahlung.",
	string(KeyProviderValue): "Ihre Transaktion wurde abgelehnt. Der Grund: Beim Datenabgleich %[1]s konnten folgende Angaben " +
		"nicht verglichen werden: %[2]s. Eine Angabe %[4]s fehlt oder ist ungültig. %[3]s Bitte prüfen " +
		"Sie Ihre Angaben %[4]s und wiederholen Sie die Zahlung.",
	string(KeyCheckBoth): "Ihre Transaktion wurde abgelehnt. Der Grund: Beim Datenabgleich %[1]s stimmten folgende Angaben " +
		"nicht überein: %[2]s. Diese Angaben müssen in beiden Systemen übereinstimmen, und mindestens " +
		"eine Angabe fehlt oder ist ungültig. %[3]s Bitte prüfen Sie Ihre Angaben %[4]s und %[5]s und " +
		"wiederholen Sie die Zahlung.",
	string(KeyGeneric): "Ihre Transaktion wurde abgelehnt. Der Grund: Beim Datenabgleich %[1]s " +
		"stimmten Ihre Angaben nicht überein. Ihre Angaben müssen in beiden Systemen übereinstimmen. " +
		"Bitte prüfen Sie Ihre Angaben %[2]s und wiederholen Sie die Zahlung.",
	string(KeyReview): "Wir müssen Ihre Angaben prüfen, bevor Ihre Zahlung abgeschlossen werden kann. " +
		"Wir melden uns in Kürze bei Ihnen. Bei Fragen wenden Sie sich bitte an unseren Kundenservice.",
}
