package messages

// hu is the Hungarian catalog (formal address: Ön). The article before the provider's name is written
// "a(z)", the usual Hungarian convention when the following word is not known in advance.
var hu = map[string]string{
	partProviderWith:        "a(z) %[1]s rendszerével",
	partProviderWithNeutral: "a fizetési szolgáltató rendszerével",
	partProviderAt:          "a(z) %[1]s rendszerében",
	partProviderAtNeutral:   "a fizetési szolgáltatónál",
	partWhereHere:           "itt",
	partWhereURL:            "a(z) %[1]s címen",
	partValueEmpty:          "(üres)",
	partListAnd:             "%[1]s és %[2]s",

	"field.first_name": "keresztnév",
	"field.last_name":  "vezetéknév",
	"field.dob":        "születési dátum",
	"field.email":      "e-mail-cím",

	"detail.first_name": "Keresztnév %[1]s: %[2]s. Nálunk nyilvántartott keresztnév: %[3]s.",
	"detail.last_name":  "Vezetéknév %[1]s: %[2]s. Nálunk nyilvántartott vezetéknév: %[3]s.",
	"detail.dob":        "Születési dátum %[1]s: %[2]s. Nálunk nyilvántartott születési dátum: %[3]s.",
	"detail.email":      "E-mail-cím %[1]s: %[2]s. Nálunk nyilvántartott e-mail-cím: %[3]s.",

	string(KeyFirstName): "Tranzakcióját elutasítottuk. Az ok: %[1]s végzett adategyeztetés során " +
		"a keresztnév nem egyezett. A keresztnévnek mindkét rendszerben egyeznie kell. %[2]s " +
		"Kérjük, módosítsa a keresztnevét %[3]s, majd ismételje meg a fizetést.",
	string(KeyLastName): "Tranzakcióját elutasítottuk. Az ok: %[1]s végzett adategyeztetés során " +
		"a vezetéknév nem egyezett. A vezetéknévnek mindkét rendszerben egyeznie kell. %[2]s " +
		"Kérjük, módosítsa a vezetéknevét %[3]s, majd ismételje meg a fizetést.",
	string(KeyDOB): "Tranzakcióját elutasítottuk. Az ok: %[1]s végzett adategyeztetés során " +
		"a születési dátum nem egyezett. A születési dátumnak mindkét rendszerben egyeznie kell. %[2]s " +
		"Kérjük, módosítsa a születési dátumát %[3]s, majd ismételje meg a fizetést.",
	string(KeyDOBDayMonthSwapped): "Tranzakcióját elutasítottuk. Az ok: %[1]s végzett adategyeztetés során " +
		"a születési dátum nem egyezett: úgy tűnik, hogy a nap és a hónap fel van cserélve. " +
		"A születési dátumnak mindkét rendszerben egyeznie kell. %[2]s " +
		"Kérjük, ellenőrizze a nap és a hónap sorrendjét, módosítsa a születési dátumát %[3]s, " +
		"majd ismételje meg a fizetést.",
	string(KeyDOBInvalidDate): "Tranzakcióját elutasítottuk. Az ok: %[1]s végzett adategyeztetés során " +
		"a születési dátumot nem lehetett összevetni, mert nem érvényes dátum. " +
		"A születési dátumnak mindkét rendszerben egyeznie kell. %[2]s " +
		"Kérjük, adja meg teljes születési dátumát (év, hónap, nap) %[3]s, majd ismételje meg a fizetést.",
	string(KeyEmail): "Tranzakcióját elutasítottuk. Az ok: %[1]s végzett adategyeztetés során " +
		"az e-mail-cím nem egyezett. Az e-mail-címnek mindkét rendszerben egyeznie kell. %[2]s " +
		"Kérjük, módosítsa az e-mail-címét %[3]s, majd ismételje meg a fizetést.",
	string(KeyMultiple): "Tranzakcióját elutasítottuk. Az ok: %[1]s végzett adategyeztetés során " +
		"a következő adatok nem egyeztek: %[2]s. Ezeknek az adatoknak mindkét rendszerben egyezniük kell. %[3]s " +
		"Kérjük, módosítsa ezeket az adatokat %[4]s, majd ismételje meg a fizetést.",
	string(KeyGeneric): "Tranzakcióját elutasítottuk. Az ok: %[1]s végzett adategyeztetés során " +
		"az Ön adatai nem egyeztek. Adatainak mindkét rendszerben egyezniük kell. " +
		"Kérjük, ellenőrizze adatait %[2]s, majd ismételje meg a fizetést.",
	string(KeyReview): "Mielőtt fizetését teljesíthetnénk, ellenőriznünk kell az adatait. " +
		"Hamarosan felvesszük Önnel a kapcsolatot. Kérdés esetén kérjük, forduljon ügyfélszolgálatunkhoz.",
}
