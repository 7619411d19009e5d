package messages

// hu is the Hungarian catalog (formal address: Ön). The provider's name reaches the parts with its article
// already chosen from the name's first sound ("a paysafecard", "az Adyen"; see huArticle), so the parts
// never write the form-letter "a(z)". An address is introduced as "a következő címen: URL".
var hu = map[string]string{
	partProviderWith:           "%[1]s rendszerével",
	partProviderWithNeutral:    "a fizetési szolgáltató rendszerével",
	partProviderAt:             "%[1]s rendszerében",
	partProviderAtNeutral:      "a fizetési szolgáltatónál",
	partProviderAccount:        "%[1]s-fiókjában",
	partProviderAccountNeutral: "a fizetési szolgáltatónál vezetett fiókjában",
	partWhereHere:              "itt",
	partWhereURL:               "a következő címen: %[1]s",
	partValueEmpty:             "(üres)",
	partListAnd:                "%[1]s és %[2]s",

	"field.first_name": "keresztnév",
	"field.last_name":  "vezetéknév",
	"field.dob":        "születési dátum",
	"field.email":      "e-mail-cím",

	"detail.first_name": "Keresztnév %[1]s: %[2]s. Nálunk nyilvántartott keresztnév: %[3]s.",
	"detail.last_name":  "Vezetéknév %[1]s: %[2]s. Nálunk nyilvántartott vezetéknév: %[3]s.",
	"detail.dob":        "Születési dátum %[1]s: %[2]s. Nálunk nyilvántartott születési dátum: %[3]s.",
	"detail.email":      "E-mail-cím %[1]s: %[2]s. Nálunk nyilvántartott e-mail-cím: %[3]s.",

	string(KeyFirstName): "Tranzakcióját elutasítottuk. Az elutasítás oka: %[1]s végzett adategyeztetés során a keresztnév " +
		"nem egyezett. A keresztnévnek mindkét rendszerben egyeznie kell. %[2]s Kérjük, módosítsa a " +
		"keresztnevét %[3]s, majd ismételje meg a fizetést.",
	string(KeyLastName): "Tranzakcióját elutasítottuk. Az elutasítás oka: %[1]s végzett adategyeztetés során a vezetéknév " +
		"nem egyezett. A vezetéknévnek mindkét rendszerben egyeznie kell. %[2]s Kérjük, módosítsa a " +
		"vezetéknevét %[3]s, majd ismételje meg a fizetést.",
	string(KeyDOB): "Tranzakcióját elutasítottuk. Az elutasítás oka: %[1]s végzett adategyeztetés során a születési " +
		"dátum nem egyezett. A születési dátumnak mindkét rendszerben egyeznie kell. %[2]s Kérjük, " +
		"módosítsa a születési dátumát %[3]s, majd ismételje meg a fizetést.",
	string(KeyDOBDayMonthSwapped): "Tranzakcióját elutasítottuk. Az elutasítás oka: %[1]s végzett adategyeztetés során a születési " +
		"dátum nem egyezett: úgy tűnik, hogy a nap és a hónap fel van cserélve. A születési dátumnak " +
		"mindkét rendszerben egyeznie kell. %[2]s Kérjük, ellenőrizze a nap és a hónap sorrendjét, " +
		"módosítsa a születési dátumát %[3]s, majd ismételje meg a fizetést.",
	string(KeyDOBInvalidDate): "Tranzakcióját elutasítottuk. Az elutasítás oka: %[1]s végzett adategyeztetés során a születési " +
		"dátumot nem lehetett összevetni, mert a nálunk nyilvántartott születési dátum nem érvényes " +
		"dátum. A születési dátumnak mindkét rendszerben egyeznie kell. %[2]s Kérjük, adjon meg érvényes " +
		"születési dátumot %[3]s, majd ismételje meg a fizetést.",
	string(KeyEmail): "Tranzakcióját elutasítottuk. Az elutasítás oka: %[1]s végzett adategyeztetés során az " +
		"e-mail-cím nem egyezett. Az e-mail-címnek mindkét rendszerben egyeznie kell. %[2]s Kérjük, " +
		"módosítsa az e-mail-címét %[3]s, majd ismételje meg a fizetést.",
	string(KeyMultiple): "Tranzakcióját elutasítottuk. Az elutasítás oka: %[1]s végzett adategyeztetés során a következő " +
		"adatok nem egyeztek: %[2]s. Ezeknek az adatoknak mindkét rendszerben egyezniük kell. %[3]s " +
		"Kérjük, módosítsa ezeket az adatokat %[4]s, majd ismételje meg a fizetést.",
	string(KeyProviderValue): "Tranzakcióját elutasítottuk. Az elutasítás oka: %[1]s végzett adategyeztetés során a következő " +
		"adatokat nem lehetett összevetni: %[2]s. Hiányzik vagy érvénytelen egy adat %[4]s. %[3]s " +
		"Kérjük, ellenőrizze adatait %[4]s, majd ismételje meg a fizetést.",
	string(KeyCheckBoth): "Tranzakcióját elutasítottuk. Az elutasítás oka: %[1]s végzett adategyeztetés során a következő " +
		"adatok nem egyeztek: %[2]s. Ezeknek az adatoknak mindkét rendszerben egyezniük kell, és " +
		"legalább egy adat hiányzik vagy érvénytelen. %[3]s Kérjük, ellenőrizze adatait %[4]s és %[5]s, " +
		"majd ismételje meg a fizetést.",
	string(KeyGeneric): "Tranzakcióját elutasítottuk. Az elutasítás oka: %[1]s végzett adategyeztetés során az Ön adatai " +
		"nem egyeztek. Adatainak mindkét rendszerben egyezniük kell. Kérjük, ellenőrizze adatait %[2]s, " +
		"majd ismételje meg a fizetést.",
	string(KeyReview): "Mielőtt fizetését teljesíthetnénk, ellenőriznünk kell az adatait. " +
		"Hamarosan felvesszük Önnel a kapcsolatot. Kérdés esetén kérjük, forduljon ügyfélszolgálatunkhoz.",
}
